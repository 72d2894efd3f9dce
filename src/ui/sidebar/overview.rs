//! The overview tab: the shown ties as a table of German Länder against partner countries, with
//! totals and sortable columns, each cell a way to show exactly its ties; and bar charts of the
//! foundings per decade (by kind), the German places with the most partners and the kinds, each
//! bar with its number written beside it.

use crate::explore::Filters;
use crate::explore::overview::{Overview, SortBy};
use crate::palette::tie_colour;
use crate::tr;
use crate::ui::app_state::{AppState, Loaded};
use crate::ui::words::{country_or_unknown, tie_kind};
use atlas_model::{Lang, TieKind};
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;

#[component]
pub fn OverviewTab(loaded: Arc<Loaded>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let sort = RwSignal::new(SortBy::Total);
    let table_data = loaded.clone();
    let overview = Memo::new(move |_| {
        state
            .filters
            .with(|filters| Overview::of(&table_data.atlas, filters))
    });
    move || {
        let lang = state.lang.get();
        let overview = overview.get();
        let summary = tr!(lang, overview.summary, count = overview.total).to_string();
        let filtered = !state.filters.with(Filters::is_default);
        view! {
            <div class="overview" data-testid="overview">
                <p class="overview-total" data-testid="overview-total">
                    {summary}
                </p>
                {filtered.then(|| view! {
                    <button class="secondary reset" data-testid="overview-reset" on:click=move |_| state.filters.set(Filters::default())>
                        {tr!(lang, explore.reset)}
                    </button>
                })}
                {table(&overview, &loaded, lang, sort, state)}
                <p class="note">{tr!(lang, overview.cell_hint)}</p>
                {decade_chart(&overview, lang)}
                {chart(
                    tr!(lang, overview.top_places).to_owned(),
                    "overview-places",
                    overview.top_places.iter().map(|(place, count)| Bar { label: loaded.place_name(place, lang), parts: vec![(None, *count)] }).collect(),
                    lang,
                )}
                {chart(
                    tr!(lang, overview.by_kind).to_owned(),
                    "overview-kinds",
                    overview.kinds.iter().map(|&(kind, count)| Bar { label: tie_kind(kind, lang).to_owned(), parts: vec![(Some(kind), count)] }).collect(),
                    lang,
                )}
            </div>
        }
    }
}

/// The Länder × countries table, a real `<table>` with its headers, so that a screen reader
/// reads each number with its Land and country.
fn table(
    overview: &Overview,
    loaded: &Loaded,
    lang: Lang,
    sort: RwSignal<SortBy>,
    state: AppState,
) -> AnyView {
    let by = sort.get();
    let sort_header = move |label: String, testid: String, this: SortBy| {
        let sorted_here = by == this;
        view! {
            <th scope="col" aria-sort=if sorted_here { if this == SortBy::State { "ascending" } else { "descending" } } else { "none" }>
                <button class="sort" data-testid=testid on:click=move |_| sort.set(this)>{label}</button>
            </th>
        }
    };
    let columns = overview.columns.clone();
    let headers = columns
        .iter()
        .enumerate()
        .map(|(index, column)| {
            let code = column.country.clone().unwrap_or_default();
            // A column is narrow: the German partner region gets its short name.
            let heading = match code.as_str() {
                "DE" => tr!(lang, region.germany_short).to_owned(),
                _ => country_or_unknown(column.country.as_deref(), lang),
            };
            sort_header(
                heading,
                format!("overview-sort-{code}"),
                SortBy::Column(index),
            )
        })
        .collect_view();
    let rows = overview
        .rows_sorted_by(by)
        .into_iter()
        .map(|row| {
            let state_name = row.state.as_deref().map_or_else(|| tr!(lang, overview.no_state).to_owned(), |land| loaded.division_name(land, lang));
            let cells = row
                .cells
                .iter()
                .zip(&columns)
                .map(|(&count, column)| {
                    let label = tr!(
                        lang,
                        overview.cell,
                        state = state_name.clone(),
                        country = country_or_unknown(column.country.as_deref(), lang),
                        count = count
                    );
                    let choice = (row.state.clone(), column.country.clone());
                    let testid = format!(
                        "overview-cell-{}-{}",
                        row.state.as_deref().unwrap_or(""),
                        column.country.as_deref().unwrap_or("")
                    );
                    let shows = choice.0.is_some() && choice.1.is_some() && count > 0;
                    view! {
                        <td>
                            {if shows {
                                view! {
                                    <button class="cell" data-testid=testid aria-label=label on:click=move |_| show_cell(state, &choice)>{count}</button>
                                }.into_any()
                            } else {
                                view! {
                                    <span class="cell empty">
                                        {if count > 0 {
                                            view! { {count} }.into_any()
                                        } else {
                                            view! { <span aria-hidden="true">"·"</span><span class="visually-hidden">"0"</span> }.into_any()
                                        }}
                                    </span>
                                }.into_any()
                            }}
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{state_name.clone()}</th>
                    {cells}
                    <td class="sum">{row.total}</td>
                </tr>
            }
        })
        .collect_view();
    let column_totals = columns
        .iter()
        .map(|column| view! { <td class="sum">{column.total}</td> })
        .collect_view();
    view! {
        <h2 class="overview-caption" aria-hidden="true">{tr!(lang, overview.caption)}</h2>
        <div class="overview-table" role="region" tabindex="0" aria-label=tr!(lang, overview.scroll)>
            <table data-testid="overview-table">
                <caption class="visually-hidden">{tr!(lang, overview.caption)}</caption>
                <thead>
                    <tr>
                        {sort_header(tr!(lang, overview.state).to_owned(), "overview-sort-state".to_owned(), SortBy::State)}
                        {headers}
                        {sort_header(tr!(lang, overview.total).to_owned(), "overview-sort-total".to_owned(), SortBy::Total)}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{tr!(lang, overview.total)}</th>
                        {column_totals}
                        <td class="sum" data-testid="overview-grand-total">{overview.total}</td>
                    </tr>
                </tfoot>
            </table>
        </div>
    }
    .into_any()
}

/// Shows exactly one cell's ties: its Land and its country chosen, every other filter kept. On
/// a narrow screen the side bar closes, so that the map shows them.
fn show_cell(state: AppState, (land, code): &(Option<String>, Option<String>)) {
    let (Some(land), Some(code)) = (land.clone(), code.clone()) else {
        return;
    };
    state.filters.update(|filters| {
        filters.states = BTreeSet::from([land]);
        filters.countries = BTreeSet::from([code]);
    });
    state.side_bar_open.set(false);
}

/// One bar of a chart: its label and its parts, each of one kind (in the kind's map colour) or
/// of none (in the accent colour).
struct Bar {
    label: String,
    parts: Vec<(Option<TieKind>, usize)>,
}

impl Bar {
    fn total(&self) -> usize {
        self.parts.iter().map(|&(_, count)| count).sum()
    }
}

/// The foundings per decade, each bar in the kinds' colours of the map, scaled by the decades
/// alone; the ties without a known year said beside it as a number, so that a large share of
/// them does not shrink every decade to a sliver.
fn decade_chart(overview: &Overview, lang: Lang) -> AnyView {
    let bars = overview
        .decades
        .iter()
        .filter_map(|decade| {
            let first = decade.start?;
            Some(Bar {
                label: tr!(lang, overview.decade, first = first, last = first + 9).to_string(),
                parts: decade
                    .kinds
                    .iter()
                    .map(|&(kind, count)| (Some(kind), count))
                    .collect(),
            })
        })
        .collect();
    let undated: usize = overview
        .decades
        .iter()
        .filter(|decade| decade.start.is_none())
        .map(|decade| decade.total)
        .sum();
    let note = (undated > 0).then(|| {
        view! {
            <p class="note" data-testid="overview-year-unknown">
                {tr!(lang, overview.undated, count = undated).to_string()}
            </p>
        }
    });
    view! {
        {chart(tr!(lang, overview.by_decade).to_owned(), "overview-decades", bars, lang)}
        {note}
    }
    .into_any()
}

/// A titled chart: a bar per row, as long as its total against the longest, its number beside
/// it, and each part named with its number where the mouse rests on it.
fn chart(title: String, testid: &'static str, bars: Vec<Bar>, lang: Lang) -> impl IntoView {
    let most = bars.iter().map(Bar::total).max().unwrap_or(1).max(1);
    let rows = bars
        .into_iter()
        .map(|bar| {
            let total = bar.total();
            let parts = bar
                .parts
                .into_iter()
                .map(|(kind, count)| {
                    let width = format!("{:.1}%", 100.0 * count as f64 / most as f64);
                    let colour = kind.map_or("var(--accent)", tie_colour);
                    let title = kind.map(|kind| format!("{}: {count}", tie_kind(kind, lang)));
                    view! { <span class="chart-segment" title=title style:width=width style:background-color=colour></span> }
                })
                .collect_view();
            view! {
                <li>
                    <span class="chart-label">{bar.label}</span>
                    <span class="chart-bar">{parts}</span>
                    <span class="chart-count">{total}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="chart" data-testid=testid>
            <h2>{title}</h2>
            <ul class="chart-bars">{rows}</ul>
        </section>
    }
}
