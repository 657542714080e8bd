/**
 * How plausible a decoding of a file's non-ASCII text is, judged by its letters. Real text keeps
 * each word in one script: Persian words are all Arabic letters, French words are ASCII letters
 * with an accent here and there. Windows-1256 Persian read as Latin-1 gives words made only of
 * accented capitals and symbols ("ÔäÇÓå ãÔÊÑí"), undefined bytes and C1 control characters.
 * Positive scores are plausible; the best decoding of the same bytes has the highest score.
 */

// Scripts a letter can belong to (plain numbers: this runs per character).
const NONE = 0;
const ASCII = 1;
const LATIN = 2;
const ARABIC = 3;
const OTHER = 4;
type Script = typeof NONE | typeof ASCII | typeof LATIN | typeof ARABIC | typeof OTHER;

// Symbols that real files contain (currency, typography, Arabic punctuation).
const COMMON_SYMBOLS = new Set('£€$¥©®°±×÷§¢«»¿¡·µ²³¼½¾–—‘’‚“”„…•™\u00a0،؛؟٪٫٬﷼');
const OTHER_LETTER = /\p{L}/u;

interface Plausibility {
  /** Sum over non-ASCII characters: + in plausible words and common symbols, - elsewhere. */
  score: number;
  /** Non-ASCII characters seen. */
  nonAscii: number;
}

export function scoreDecoding(text: string): Plausibility {
  let score = 0;
  let nonAscii = 0;
  // The current word's letters.
  let ascii = 0;
  let latin = 0;
  let arabic = 0;
  let other = 0;
  let run = 0;
  let longestRun = 0;

  const endWord = (): void => {
    const foreign = latin + arabic + other;
    if (foreign > 0) {
      const families = (ascii + latin > 0 ? 1 : 0) + (arabic > 0 ? 1 : 0) + (other > 0 ? 1 : 0);
      if (families > 1) score -= foreign;
      else if (arabic > 0 || other > 0) score += foreign;
      else if (longestRun >= 3 || (ascii === 0 && latin >= 2)) score -= latin;
      else if (ascii > 0) score += latin;
    }
    ascii = latin = arabic = other = run = longestRun = 0;
  };

  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const script = scriptOf(text, i);
    if (code >= 0x80) nonAscii += 1;
    if (script === ASCII) {
      ascii += 1;
      run = 0;
      continue;
    }
    if (script !== NONE) {
      if (script === LATIN) latin += 1;
      else if (script === ARABIC) arabic += 1;
      else other += 1;
      run += 1;
      if (run > longestRun) longestRun = run;
      continue;
    }
    if (code === 0x200c || code === 0x200d) continue; // ZWNJ/ZWJ join the parts of Persian words
    endWord();
    if (code < 0x80) continue;
    if (code <= 0x9f || code === 0xfffd) {
      score -= 3; // C1 control or undefined byte: this decoding is wrong
      continue;
    }
    const inWord = i > 0 && scriptOf(text, i - 1) !== NONE && scriptOf(text, i + 1) !== NONE;
    if (inWord) score -= 1;
    else score += COMMON_SYMBOLS.has(text.charAt(i)) ? 0.5 : -0.5;
  }
  endWord();
  return { score, nonAscii };
}

function scriptOf(text: string, i: number): Script {
  const code = text.charCodeAt(i); // NaN past the end: no script
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return ASCII;
  if (!(code >= 0xc0)) return NONE;
  if (code <= 0x24f) return code === 0xd7 || code === 0xf7 ? NONE : LATIN;
  if (code >= 0x1e00 && code <= 0x1eff) return LATIN;
  if (
    (code >= 0x620 && code <= 0x65f) ||
    (code >= 0x66e && code <= 0x6d5) ||
    code === 0x670 ||
    (code >= 0x6fa && code <= 0x6fc) ||
    (code >= 0xfb50 && code <= 0xfdfb) ||
    (code >= 0xfe70 && code <= 0xfefc)
  ) {
    return ARABIC;
  }
  return OTHER_LETTER.test(text.charAt(i)) ? OTHER : NONE;
}
