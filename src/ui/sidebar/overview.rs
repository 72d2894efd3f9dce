//! The overview tab: the shown ties as a table of German Länder against partner countries, with
//! totals and sortable columns, each cell a way to show exactly its ties; and bar charts of the
//! foundings per decade (by kind), the German places with the most partners and the kinds, each
//! bar with its number written beside it.

use crate::explore::Filters;
use crate::explore::overview::{Overview, SortBy};
use crate::language::UiLang;
use crate::palette::tie_colour;
use crate::tr;
use crate::ui::app_state::{AppState, Loaded};
use crate::ui::words::{country, tie_kind};
use atlas_model::TieKind;
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;

fn country_name(code: Option<&str>, lang: UiLang) -> String {
    match code {
        Some(code) => country(code, lang),
        None => tr!(lang, country.unknown).to_owned(),
    }
}

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
                {table(&overview, lang, sort, state)}
                <p class="note">{tr!(lang, overview.cell_hint)}</p>
                {decade_chart(&overview, lang)}
                {bar_list(
                    tr!(lang, overview.top_places).to_owned(),
                    "overview-places",
                    overview.top_places.iter().map(|(place, count)| (loaded.place_name(place, lang), *count, None)).collect(),
                )}
                {bar_list(
                    tr!(lang, overview.by_kind).to_owned(),
                    "overview-kinds",
                    overview.kinds.iter().map(|&(kind, count)| (tie_kind(kind, lang).to_owned(), count, Some(kind))).collect(),
                )}
            </div>
        }
    }
}

/// The Länder × countries table, a real `<table>` with its headers, so that a screen reader
/// reads each number with its Land and country.
fn table(overview: &Overview, lang: UiLang, sort: RwSignal<SortBy>, state: AppState) -> AnyView {
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
            sort_header(
                country_name(column.country.as_deref(), lang),
                format!("overview-sort-{code}"),
                SortBy::Column(index),
            )
        })
        .collect_view();
    let rows = overview
        .rows_sorted_by(by)
        .into_iter()
        .map(|row| {
            let state_name = row.state.clone().unwrap_or_else(|| tr!(lang, overview.no_state).to_owned());
            let cells = row
                .cells
                .iter()
                .zip(&columns)
                .map(|(&count, column)| {
                    let label = tr!(
                        lang,
                        overview.cell,
                        state = state_name.clone(),
                        country = country_name(column.country.as_deref(), lang),
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

/// The foundings per decade, each bar in the kinds' colours of the map, its number beside it.
fn decade_chart(overview: &Overview, lang: UiLang) -> AnyView {
    let bars = overview
        .decades
        .iter()
        .map(|decade| {
            let label = match decade.start {
                Some(first) => tr!(lang, overview.decade, first = first, last = first + 9),
                None => tr!(lang, overview.year_unknown).to_owned(),
            };
            let segments = decade.kinds.clone();
            (label, decade.total, segments)
        })
        .collect::<Vec<_>>();
    let most = bars
        .iter()
        .map(|(_, total, _)| *total)
        .max()
        .unwrap_or(1)
        .max(1);
    let rows = bars
        .into_iter()
        .map(|(label, total, segments)| {
            let segments = segments
                .into_iter()
                .map(|(kind, count)| segment(kind, count, most, lang))
                .collect_view();
            view! {
                <li>
                    <span class="chart-label">{label}</span>
                    <span class="chart-bar">{segments}</span>
                    <span class="chart-count">{total}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="chart" data-testid="overview-decades">
            <h2>{tr!(lang, overview.by_decade)}</h2>
            <ul class="chart-bars">{rows}</ul>
        </section>
    }
    .into_any()
}

/// One kind's share of a bar, as wide as its count against the longest bar's.
fn segment(kind: TieKind, count: usize, most: usize, lang: UiLang) -> impl IntoView {
    let width = format!("{:.1}%", 100.0 * count as f64 / most as f64);
    let title = format!("{}: {count}", tie_kind(kind, lang));
    view! { <span class="chart-segment" title=title style:width=width style:background-color=tie_colour(kind)></span> }
}

/// A titled list of bars, each with its label and number.
fn bar_list(
    title: String,
    testid: &'static str,
    bars: Vec<(String, usize, Option<TieKind>)>,
) -> impl IntoView {
    let most = bars
        .iter()
        .map(|(_, count, _)| *count)
        .max()
        .unwrap_or(1)
        .max(1);
    let rows = bars
        .into_iter()
        .map(|(label, count, kind)| {
            let width = format!("{:.1}%", 100.0 * count as f64 / most as f64);
            let colour = kind.map_or("var(--accent)", tie_colour);
            view! {
                <li>
                    <span class="chart-label">{label}</span>
                    <span class="chart-bar"><span class="chart-segment" style:width=width style:background-color=colour></span></span>
                    <span class="chart-count">{count}</span>
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
