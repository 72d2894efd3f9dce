// Reading back what the map painted: its canvas's pixels in a box of page coordinates, and
// measures to compare two readings (how different, how much is inked).

/** A box `size` page pixels wide and high around `point`. */
export const boxAround = (point, size = 80) => ({
  x: point.x - size / 2,
  y: point.y - size / 2,
  width: size,
  height: size,
});

/** The map canvas's RGBA pixels inside `box` (page coordinates), as an array. */
export async function mapPixels(page, box) {
  return page.evaluate(({ x, y, width, height }) => {
    const canvas = document.querySelector('[data-testid=map-canvas]');
    const rect = canvas.getBoundingClientRect();
    const ratio = canvas.width / rect.width;
    const image = canvas
      .getContext('2d')
      .getImageData(
        Math.round((x - rect.left) * ratio),
        Math.round((y - rect.top) * ratio),
        Math.max(1, Math.round(width * ratio)),
        Math.max(1, Math.round(height * ratio)),
      );
    return Array.from(image.data);
  }, box);
}

/** The mean difference of two readings of the same box, per colour channel (0 to 255). */
export function difference(a, b) {
  if (a.length !== b.length) throw new Error(`readings of ${a.length} and ${b.length} values`);
  let sum = 0;
  let channels = 0;
  for (let index = 0; index < a.length; index += 4) {
    for (let channel = 0; channel < 3; channel++) sum += Math.abs(a[index + channel] - b[index + channel]);
    channels += 3;
  }
  return sum / channels;
}

/**
 * How many pixels carry ink: an arc, a marker or a label, in colour or dark. The quiet land,
 * sea and borders are pale and nearly grey, and so is anything stepped back.
 */
export function inked(pixels) {
  let count = 0;
  for (let index = 0; index < pixels.length; index += 4) {
    const [r, g, b] = [pixels[index], pixels[index + 1], pixels[index + 2]];
    const chroma = Math.max(r, g, b) - Math.min(r, g, b);
    const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    if (chroma > 45 || luminance < 140) count += 1;
  }
  return count;
}

/** Waits for `count` animation frames in the page. */
export function frames(page, count = 2) {
  return page.evaluate(async (count) => {
    for (let frame = 0; frame < count; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
  }, count);
}
