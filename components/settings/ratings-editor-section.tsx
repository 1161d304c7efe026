// PLACEHOLDER (helper H1 replaces): the ratings editor (live score and matrix preview, reason, history).
export async function RatingsEditorSection() {
  return null;
}
