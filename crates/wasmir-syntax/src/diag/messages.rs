//! Fluent message catalogues, one per shipped language, compiled into the binary.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

/// A shipped language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Locale {
    /// English (the reference catalogue; every code has a message here).
    EnUs,
    /// French.
    Fr,
}

impl Locale {
    /// Picks a locale from a POSIX locale string such as `fr_FR.UTF-8` or a BCP 47 tag such as
    /// `fr`; anything unknown gives English.
    pub fn from_tag(tag: &str) -> Locale {
        let lang = tag.split(['_', '-', '.']).next().unwrap_or("");
        match lang.to_ascii_lowercase().as_str() {
            "fr" => Locale::Fr,
            _ => Locale::EnUs,
        }
    }

    fn tag(self) -> &'static str {
        match self {
            Locale::EnUs => "en-US",
            Locale::Fr => "fr",
        }
    }

    fn sources(self) -> &'static [&'static str] {
        // One file per compiler stage, so that each stage's owners edit their own catalogue.
        match self {
            Locale::EnUs => &[
                include_str!("../../locales/en-US/syntax.ftl"),
                include_str!("../../locales/en-US/verify.ftl"),
                include_str!("../../locales/en-US/emit.ftl"),
                include_str!("../../locales/en-US/driver.ftl"),
                include_str!("../../locales/en-US/export.ftl"),
            ],
            Locale::Fr => &[
                include_str!("../../locales/fr/syntax.ftl"),
                include_str!("../../locales/fr/verify.ftl"),
                include_str!("../../locales/fr/emit.ftl"),
                include_str!("../../locales/fr/driver.ftl"),
                include_str!("../../locales/fr/export.ftl"),
            ],
        }
    }
}

/// The message catalogue of one language with English as fallback for missing messages.
pub struct Messages {
    primary: FluentBundle<FluentResource>,
    fallback: Option<FluentBundle<FluentResource>>,
}

fn bundle(locale: Locale) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = locale.tag().parse().unwrap_or_default();
    let mut b = FluentBundle::new(vec![id]);
    // Unicode isolation marks would end up in terminals and golden files.
    b.set_use_isolating(false);
    for src in locale.sources() {
        // The catalogues are compiled in and checked by `every_catalogue_parses`; a syntax error
        // in one only loses that resource's messages, which then fall back to the code itself.
        if let Ok(res) = FluentResource::try_new((*src).to_string()) {
            let _ = b.add_resource(res);
        }
    }
    b
}

impl Messages {
    /// Loads the catalogue for `locale`.
    pub fn new(locale: Locale) -> Messages {
        let fallback = (locale != Locale::EnUs).then(|| bundle(Locale::EnUs));
        Messages { primary: bundle(locale), fallback }
    }

    /// Formats message `id` (or its attribute `attr`) with `args`; `None` when no catalogue has it.
    pub fn format(&self, id: &str, attr: Option<&str>, args: &[(&'static str, String)]) -> Option<String> {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        self.format_fluent(id, attr, &fargs)
    }

    /// [`Messages::format`] with Fluent arguments. Diagnostic arguments are strings (an `i128`
    /// literal would lose digits as a Fluent number); this is for the few messages that select a
    /// plural form, which Fluent does only on numbers.
    pub(crate) fn format_fluent(&self, id: &str, attr: Option<&str>, fargs: &FluentArgs<'_>) -> Option<String> {
        for b in std::iter::once(&self.primary).chain(self.fallback.as_ref()) {
            let Some(msg) = b.get_message(id) else { continue };
            let pattern = match attr {
                None => msg.value(),
                Some(a) => msg.get_attribute(a).map(|a| a.value()),
            };
            if let Some(p) = pattern {
                let mut errs = Vec::new();
                return Some(b.format_pattern(p, Some(fargs), &mut errs).into_owned());
            }
        }
        None
    }

    /// Whether the catalogue (without fallback) has message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.primary.has_message(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_parses() {
        for locale in [Locale::EnUs, Locale::Fr] {
            for src in locale.sources() {
                if let Err((_, errs)) = FluentResource::try_new((*src).to_string()) {
                    panic!("{locale:?}: {errs:?}");
                }
            }
        }
    }

    #[test]
    fn locale_tags() {
        assert_eq!(Locale::from_tag("fr_FR.UTF-8"), Locale::Fr);
        assert_eq!(Locale::from_tag("en_US.UTF-8"), Locale::EnUs);
        assert_eq!(Locale::from_tag("C"), Locale::EnUs);
    }
}
