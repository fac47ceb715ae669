// Keeps secrets out of error messages and `url` fields: a URL's userinfo and its query values (the
// signature of a pre-signed download URL, an API key in a query) are replaced by REDACTED.
export const REDACTED = 'REDACTED';

const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>]+/gi;
const TRAILING_PUNCTUATION = /[.,:;)\]]+$/;

/** `url` with userinfo and every query value redacted; unchanged (same text) when it has neither. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not parseable: cut everything after a `?` rather than risk quoting a signature.
    return url.replace(/\?.*$/s, `?${REDACTED}`);
  }
  if (parsed.username === '' && parsed.password === '' && parsed.search === '') return url;
  if (parsed.username !== '') parsed.username = REDACTED;
  if (parsed.password !== '') parsed.password = REDACTED;
  const query = new URLSearchParams(parsed.search);
  for (const name of new Set(query.keys())) query.set(name, REDACTED);
  parsed.search = query.toString();
  return parsed.href;
}

/** `text` with every http(s) URL in it redacted. */
export function redactUrlsIn(text: string): string {
  return text.replace(URL_IN_TEXT, (match) => {
    const punctuation = TRAILING_PUNCTUATION.exec(match)?.[0] ?? '';
    return redactUrl(match.slice(0, match.length - punctuation.length)) + punctuation;
  });
}
