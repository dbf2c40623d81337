//! The two languages the widget speaks, and text a reporter may give in either or both.

use crate::model::{Scalar, ScalarVisitor, Want};
use serde::de::Deserializer;
use serde::{Deserialize, Serialize};

/// The reader's language. It decides the wording of every sentence, message and working step,
/// and how typed numbers are read ("5.232" is five thousand in Spanish, a fraction in English).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English, in AP style.
    #[default]
    En,
    /// Spanish, as US Spanish-language and Spanish newsrooms write it.
    Es,
}

impl Lang {
    /// Every language, in the order the widget offers them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The language's code as in the contract and in HTML: "en", "es".
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// Reads "en", "es", "EN", "es-MX"…; anything else is `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }
}

/// Text typed by a reporter: one string used as typed in every language, or one per language.
/// `"alleged gang members"` or `{"en": "alleged gang members", "es": "presuntos pandilleros"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Text {
    /// One text for every language, used as typed.
    Same(String),
    /// A text per language; either may be missing, and the other is then shown, quoted.
    PerLang {
        /// The English text.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        en: Option<String>,
        /// The Spanish text.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        es: Option<String>,
    },
}

/// Read by hand rather than derived: `#[serde(untagged)]` would buffer every text through
/// serde's `Content` and try each variant in turn, which costs the browser's download several
/// kilobytes of generic code for a choice one look at the JSON type makes. The visitor is shared
/// with counts and the version (`model::ScalarVisitor`).
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match deserializer.deserialize_any(ScalarVisitor(Want::Text))? {
            Scalar::Text(t) => Ok(t),
            // Never: the visitor answers in the kind it is asked for.
            _ => Ok(Text::Same(String::new())),
        }
    }
}

impl Text {
    /// The text for `lang`, falling back to the other language as typed; `None` when blank.
    pub fn get(&self, lang: Lang) -> Option<&str> {
        fn pick(s: &Option<String>) -> Option<&str> {
            s.as_deref().map(str::trim).filter(|s| !s.is_empty())
        }
        match self {
            Text::Same(s) => Some(s.trim()).filter(|s| !s.is_empty()),
            Text::PerLang { en, es } => match lang {
                Lang::En => pick(en).or_else(|| pick(es)),
                Lang::Es => pick(es).or_else(|| pick(en)),
            },
        }
    }

    /// Whether the text for `lang` was typed in that language (not borrowed from the other).
    pub fn is_native(&self, lang: Lang) -> bool {
        match self {
            Text::Same(_) => true,
            Text::PerLang { en, es } => {
                let has = |s: &Option<String>| s.as_deref().is_some_and(|s| !s.trim().is_empty());
                match lang {
                    Lang::En => has(en),
                    Lang::Es => has(es),
                }
            }
        }
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Same(s.to_string())
    }
}

/// Lower case for Latin-1 letters (A–Z, À–Þ), which covers English and Spanish; any other
/// character is kept as written. Deliberately not `str::to_lowercase`: its Unicode tables would
/// be the largest thing in the browser's download (about 13 KB compressed), for words that are
/// the core's own or a reporter's label.
pub(crate) fn lowercase(s: &str) -> String {
    s.chars().map(lower_char).collect()
}

/// The first letter lower-cased, the rest as written: a heading ("People arrested by ICE") in
/// running text ("people arrested by ICE"), without touching the names in it.
pub(crate) fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(lower_char).into_iter().chain(chars).collect()
}

pub(crate) fn lower_char(c: char) -> char {
    match c {
        'A'..='Z' | 'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        _ => c,
    }
}

/// Upper case for Latin-1 letters, as `lowercase`: for sentences that open with a generated
/// phrase (`phrase::capitalize_from`).
pub(crate) fn upper_char(c: char) -> char {
    match c {
        'a'..='z' | 'à'..='þ' if c != '÷' => char::from_u32(c as u32 - 0x20).unwrap_or(c),
        _ => c,
    }
}

#[cfg(test)]
mod case_tests {
    use super::*;

    #[test]
    fn latin_1_case_covers_english_and_spanish() {
        assert_eq!(lowercase("Deportaciones ÁÉÍÓÚÑÜ × Straße"), "deportaciones áéíóúñü × straße");
        assert_eq!(upper_char('í'), 'Í');
        assert_eq!(upper_char('ñ'), 'Ñ');
        assert_eq!(upper_char('÷'), '÷');
        assert_eq!(upper_char('“'), '“');
        assert_eq!(upper_char('ß'), 'ß');
    }
}
