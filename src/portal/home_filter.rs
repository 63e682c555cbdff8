//! The public home's filter (GOV.UK's "filter a list" pattern, a GET form that works
//! without JavaScript): open calls by theme and by office region.
//!
//! A query string is read leniently, as a person may have edited it: an unknown theme or
//! region is ignored (the page shows every call and the choice "any"), never an error. The
//! page is kept in memory under its canonical address (`/?theme=youth&region=Central+Asia`,
//! only known values, in that order), so two spellings of one filter share one kept page and
//! no filter's page is ever served for another.

use serde::{Deserialize, Serialize};

use crate::i18n::{Language, Message};
use crate::reference::{OfficeRegions, ThematicArea};

/// The home page's query string as typed.
#[derive(Debug, Default, Deserialize)]
pub struct HomeQuery {
    /// A theme's code (`youth`).
    #[serde(default)]
    theme: Option<String>,
    /// An office region's name (`Central Asia`).
    #[serde(default)]
    region: Option<String>,
}

/// The filter the home page applies: only known values.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HomeFilter {
    /// Only calls on this theme.
    pub theme: Option<ThematicArea>,
    /// Only calls open to organisations of this office region.
    pub region: Option<String>,
}

/// One choice of a filter's list.
#[derive(Debug, Clone, Serialize)]
pub struct FilterOption {
    /// What the form sends.
    pub value: String,
    /// What the reader sees.
    pub label: String,
    /// Whether it is the current choice.
    pub selected: bool,
}

/// What the template shows of the filter.
#[derive(Debug, Clone, Serialize)]
pub struct FilterView {
    /// The themes.
    pub themes: Vec<FilterOption>,
    /// The office regions.
    pub regions: Vec<FilterOption>,
    /// Whether any filter is applied.
    pub active: bool,
    /// The applied filters in words ("Youth", "Central Asia").
    pub applied: Vec<String>,
}

impl HomeFilter {
    /// The filter a query string asks for, keeping only known values.
    pub fn read(query: &HomeQuery, regions: &OfficeRegions) -> Self {
        fn chosen(value: &Option<String>) -> Option<&str> {
            value.as_deref().map(str::trim).filter(|value| !value.is_empty())
        }
        Self {
            theme: chosen(&query.theme).and_then(ThematicArea::from_code),
            region: chosen(&query.region)
                .filter(|region| regions.names.iter().any(|name| name == region))
                .map(str::to_owned),
        }
    }

    /// The page's canonical address, under which it is kept in memory.
    pub fn canonical_path(&self) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        if let Some(theme) = self.theme {
            query.append_pair("theme", &theme.code());
        }
        if let Some(region) = &self.region {
            query.append_pair("region", region);
        }
        let query = query.finish();
        if query.is_empty() {
            "/".to_owned()
        } else {
            format!("/?{query}")
        }
    }

    /// The form's lists and the applied filters, in `language`.
    pub fn view(&self, office: &OfficeRegions, language: Language) -> FilterView {
        let themes = ThematicArea::ALL
            .into_iter()
            .map(|theme| FilterOption {
                value: theme.code(),
                label: theme_name(theme, language),
                selected: self.theme == Some(theme),
            })
            .collect();
        let regions = office
            .names
            .iter()
            .map(|name| FilterOption {
                value: name.clone(),
                label: office.name_in(name, language),
                selected: self.region.as_ref() == Some(name),
            })
            .collect();
        let applied = self
            .theme
            .map(|theme| theme_name(theme, language))
            .into_iter()
            .chain(self.region.iter().map(|region| office.name_in(region, language)))
            .collect::<Vec<_>>();
        FilterView {
            themes,
            regions,
            active: !applied.is_empty(),
            applied,
        }
    }
}

/// A theme's name in `language`.
pub fn theme_name(theme: ThematicArea, language: Language) -> String {
    Message::new(format!("portal-theme-{}", theme.code().replace('_', "-"))).render(language)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regions() -> OfficeRegions {
        crate::reference::regions::parse("[[regions]]\nname = \"Central Asia\"\ncountries = [\"KG\"]\n", |_| true)
            .expect("regions")
    }

    #[test]
    fn unknown_values_are_ignored_and_known_ones_keep_one_canonical_address() {
        let query = HomeQuery {
            theme: Some("youth".to_owned()),
            region: Some("Central Asia".to_owned()),
        };
        let filter = HomeFilter::read(&query, &regions());
        assert_eq!(filter.canonical_path(), "/?theme=youth&region=Central+Asia");
        let odd = HomeQuery {
            theme: Some("astrology".to_owned()),
            region: Some("Atlantis".to_owned()),
        };
        assert_eq!(HomeFilter::read(&odd, &regions()), HomeFilter::default());
        assert_eq!(HomeFilter::default().canonical_path(), "/");
    }
}
