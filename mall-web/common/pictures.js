// The demo data's pictures live on img.perflab.example, a reserved name that never resolves (RFC 2606): pages
// draw a placeholder for such addresses instead of asking the browser for them (each try is a console error).

/** Whether a picture address is worth loading: set, parseable, and not on a reserved test domain. */
export function loadablePicture(src) {
  if (!src) return false
  try {
    return !/\.(example|invalid|test|localhost)$/.test(new URL(src, location.href).hostname)
  } catch (e) {
    return false
  }
}
