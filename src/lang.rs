//! The two languages the widget speaks, and text a reporter may give in either or both.

use serde::{Deserialize, Serialize};

/// The reader's language. It decides the wording of every sentence, message and working step,
/// and how typed numbers are read ("5.232" is five thousand in Spanish, a fraction in English).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Text {
    Same(String),
    PerLang {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        en: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        es: Option<String>,
    },
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
