//! QR codes for kiosk screens: a source's address as a picture a phone's camera reads, so a
//! visitor can read it without the kiosk ever leaving the atlas.

use qrcodegen::{QrCode, QrCodeEcc};
use std::fmt::Write;

/// Light modules around the code, as the QR standard asks for.
const QUIET_ZONE: usize = 4;

/// A QR code as one SVG path of its dark modules, on a square `size` modules wide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrPicture {
    pub size: usize,
    /// The dark modules as an SVG path: one rectangle for each horizontal run.
    pub path: String,
}

/// The QR code of `text` (at least medium error correction, which survives a glossy screen's
/// glare), or `None` when it is too long for any QR code.
pub fn qr_picture(text: &str) -> Option<QrPicture> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let width = code.size();
    let mut path = String::new();
    for y in 0..width {
        let mut x = 0;
        while x < width {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let run = (x..width).take_while(|&at| code.get_module(at, y)).count();
            let _ = write!(
                path,
                "M{},{}h{run}v1h-{run}z",
                x as usize + QUIET_ZONE,
                y as usize + QUIET_ZONE
            );
            x += run as i32;
        }
    }
    Some(QrPicture {
        size: width as usize + 2 * QUIET_ZONE,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dark modules the path draws, read back from its rectangles.
    fn dark_modules(picture: &QrPicture) -> Vec<(usize, usize)> {
        picture
            .path
            .split('M')
            .filter(|part| !part.is_empty())
            .flat_map(|part| {
                let (x, rest) = part.split_once(',').unwrap();
                let (y, rest) = rest.split_once('h').unwrap();
                let run: usize = rest.split_once('v').unwrap().0.parse().unwrap();
                let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
                (x..x + run).map(move |column| (column, y))
            })
            .collect()
    }

    #[test]
    fn draws_exactly_the_dark_modules_of_the_code() {
        let url = "https://www.osnabrueck.de/partnerstaedte";
        let picture = qr_picture(url).unwrap();
        let code = QrCode::encode_text(url, QrCodeEcc::Medium).unwrap();
        let mut expected = Vec::new();
        for y in 0..code.size() {
            for x in 0..code.size() {
                if code.get_module(x, y) {
                    expected.push((x as usize + QUIET_ZONE, y as usize + QUIET_ZONE));
                }
            }
        }
        assert_eq!(dark_modules(&picture), expected);
        assert_eq!(picture.size, code.size() as usize + 8);
    }

    #[test]
    fn the_finder_pattern_sits_in_the_top_left_corner_inside_the_quiet_zone() {
        let picture = qr_picture("https://example.org/").unwrap();
        let dark = dark_modules(&picture);
        let top_row: Vec<usize> = dark
            .iter()
            .filter(|(_, y)| *y == 4)
            .map(|(x, _)| *x)
            .collect();
        assert_eq!(top_row[..7], [4, 5, 6, 7, 8, 9, 10]);
        assert!(dark.iter().all(|&(x, y)| x >= 4 && y >= 4));
        assert!(
            dark.iter()
                .all(|&(x, y)| x < picture.size - 4 && y < picture.size - 4)
        );
    }

    #[test]
    fn a_text_too_long_for_any_code_has_none() {
        assert!(qr_picture(&"x".repeat(5000)).is_none());
    }
}
