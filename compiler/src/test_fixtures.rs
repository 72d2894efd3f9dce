//! Fixtures for unit tests: a few real rows of the GeoNames gazetteer.

use crate::gazetteer::Gazetteer;
use crate::problems::Problems;
use crate::source::SourceFile;

/// Real rows copied from `data/gazetteer/geonames.tsv`.
pub const GAZETTEER: &str = "\
geonameid\tname\tcountry\tadmin1\tfeature_code\tlat\tlon\tpopulation
1808722\tHefei\tCN\t01\tPPLA\t31.86389\t117.28083\t3310268
1791236\tWuhu\tCN\t01\tPPLA2\t31.33728\t118.37351\t507524
7069199\tWuhu\tCN\t01\tPPLA3\t31.1463\t118.56465\t0
2905904\tHermsdorf\tDE\t16\tPPLX\t52.61421\t13.30587\t16113
2905905\tHermsdorf\tDE\t14\tPPL\t52.1874\t11.47556\t1638
2905915\tHermsdorf\tDE\t13\tPPL\t50.92338\t13.7348\t1034
2905916\tHermsdorf\tDE\t15\tPPLA4\t50.89694\t11.85549\t7800
2867542\tMunster\tDE\t06\tPPL\t52.98569\t10.08756\t17746
2867543\tMünster\tDE\t07\tPPLA2\t51.96236\t7.62571\t270184
2867548\tMünster\tDE\t05\tPPLA4\t49.92278\t8.86778\t14018
2867555\tMünster\tDE\t02\tPPL\t48.22904\t10.63623\t1078
2856883\tOsnabrück\tDE\t06\tPPLA3\t52.27264\t8.0498\t166462
1948005\tKwangmyŏng\tKR\t13\tPPL\t37.47722\t126.86639\t357545
";

pub fn gazetteer() -> Gazetteer {
    let mut problems = Problems::default();
    let gazetteer = Gazetteer::parse(&SourceFile::new("gazetteer.tsv", GAZETTEER), &mut problems);
    assert!(problems.is_empty(), "{problems:?}");
    gazetteer
}
