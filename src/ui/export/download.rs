//! Files handed to the reader: a picture's SVG as it is, or drawn as a PNG at a larger scale.
//!
//! The SVG is drawn onto a canvas from a `data:` address, which the strict Content-Security-
//! Policy allows for images; the canvas's PNG is then saved through a link to the file.

use crate::export::sheet::Picture;
use js_sys::{Array, Promise};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, CanvasRenderingContext2d, HtmlAnchorElement, HtmlCanvasElement,
    HtmlImageElement, Url,
};

/// How many device pixels a PNG has per CSS pixel of the picture.
pub const PNG_SCALE: f64 = 2.0;

/// The picture's SVG as a `data:` address, for an image.
pub fn svg_address(svg: &str) -> String {
    format!(
        "data:image/svg+xml;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(svg))
    )
}

/// The picture's SVG as a file.
pub fn svg_file(picture: &Picture) -> Result<Blob, String> {
    let parts = Array::of1(&JsValue::from_str(&picture.svg));
    let options = BlobPropertyBag::new();
    options.set_type("image/svg+xml;charset=utf-8");
    Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| "no SVG file".into())
}

/// The picture drawn at [`PNG_SCALE`] as a PNG file.
pub async fn png_file(picture: &Picture) -> Result<Blob, String> {
    let image = decoded_image(&svg_address(&picture.svg)).await?;
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or("no document")?;
    let canvas: HtmlCanvasElement = document
        .create_element("canvas")
        .ok()
        .and_then(|element| element.dyn_into().ok())
        .ok_or("no canvas")?;
    let (width, height) = (picture.width * PNG_SCALE, picture.height * PNG_SCALE);
    canvas.set_width(width.round() as u32);
    canvas.set_height(height.round() as u32);
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|context| context.dyn_into().ok())
        .ok_or("no 2D canvas")?;
    context
        .draw_image_with_html_image_element_and_dw_and_dh(&image, 0.0, 0.0, width, height)
        .map_err(|_| "the picture could not be drawn")?;
    let made = Promise::new(&mut |resolve, reject| {
        let refused = reject.clone();
        let done = Closure::once_into_js(move |blob: JsValue| {
            let _ = if blob.is_null() {
                reject.call1(&JsValue::NULL, &"no PNG".into())
            } else {
                resolve.call1(&JsValue::NULL, &blob)
            };
        });
        if canvas.to_blob(done.unchecked_ref()).is_err() {
            let _ = refused.call1(&JsValue::NULL, &"no PNG".into());
        }
    });
    JsFuture::from(made)
        .await
        .ok()
        .and_then(|blob| blob.dyn_into().ok())
        .ok_or_else(|| "the canvas gave no PNG".into())
}

/// An image of `address`, loaded and decoded.
pub async fn decoded_image(address: &str) -> Result<HtmlImageElement, String> {
    let image = HtmlImageElement::new().map_err(|_| "no image")?;
    image.set_src(address);
    JsFuture::from(image.decode())
        .await
        .map_err(|_| "the picture could not be decoded")?;
    Ok(image)
}

/// Hands `file` to the reader as a download named `name`.
pub fn save(file: &Blob, name: &str) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or("no document")?;
    let address = Url::create_object_url_with_blob(file).map_err(|_| "no address for the file")?;
    let link: HtmlAnchorElement = document
        .create_element("a")
        .ok()
        .and_then(|element| element.dyn_into().ok())
        .ok_or("no link")?;
    link.set_href(&address);
    link.set_download(name);
    link.click();
    // The download has its own copy once the click is handled.
    let forget = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&address);
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(forget.unchecked_ref(), 10_000);
    }
    Ok(())
}
