//! Rules of an organisation's profile, as pure functions.

use crate::error::Validator;
use crate::reference::{Reference, ThematicArea};

/// The editable profile of an organisation, as checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    /// Legal name, in any script.
    pub legal_name: String,
    /// Short name or acronym.
    pub short_name: Option<String>,
    /// ISO 3166-1 alpha-2 country.
    pub country: String,
    /// Registration number with the authority.
    pub registration_number: Option<String>,
    /// Year founded.
    pub year_founded: Option<i32>,
    /// Thematic areas.
    pub thematic_areas: Vec<ThematicArea>,
    /// Led by women.
    pub women_led: bool,
    /// Led by young people.
    pub youth_led: bool,
}

/// Earliest founding year accepted.
pub const EARLIEST_FOUNDING_YEAR: i32 = 1800;

/// Checks a profile against the reference data and the current year.
pub fn check_profile(profile: &Profile, reference: &Reference, current_year: i32, check: &mut Validator) {
    check.required_text("legal_name", &profile.legal_name, 300);
    if let Some(short_name) = &profile.short_name {
        check.required_text("short_name", short_name, 100);
    }
    if let Err(message) = reference.check_country(&profile.country) {
        check.push("country", message);
    }
    if let Some(year) = profile.year_founded {
        check.check(
            !(EARLIEST_FOUNDING_YEAR..=current_year).contains(&year),
            "year_founded",
            format!("must lie between {EARLIEST_FOUNDING_YEAR} and {current_year}"),
        );
    }
    if let Some(number) = &profile.registration_number {
        check.required_text("registration_number", number, 100);
    }
}

/// Sorts and de-duplicates thematic areas.
pub fn normalise_areas(mut areas: Vec<ThematicArea>) -> Vec<ThematicArea> {
    areas.sort();
    areas.dedup();
    areas
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile() -> Profile {
        Profile {
            legal_name: "Women for Peace".to_owned(),
            short_name: None,
            country: "KE".to_owned(),
            registration_number: None,
            year_founded: Some(2010),
            thematic_areas: vec![ThematicArea::Gender],
            women_led: true,
            youth_led: false,
        }
    }

    #[test]
    fn a_blank_name_or_future_founding_year_is_refused() {
        let mut bad = profile();
        bad.legal_name = "  ".to_owned();
        bad.year_founded = Some(2030);
        let mut check = Validator::new();
        check_profile(&bad, &Reference::default(), 2026, &mut check);
        let crate::error::AppError::Validation(errors) = check.finish().expect_err("invalid") else {
            panic!("expected a validation error");
        };
        let fields: Vec<&str> = errors.iter().map(|error| error.field.as_str()).collect();
        assert!(fields.contains(&"legal_name"));
        assert!(fields.contains(&"year_founded"));
        assert!(fields.contains(&"country"), "the empty reference knows no country");
    }

    #[test]
    fn areas_are_sorted_and_unique() {
        let areas = normalise_areas(vec![ThematicArea::Youth, ThematicArea::Gender, ThematicArea::Youth]);
        assert_eq!(areas, vec![ThematicArea::Gender, ThematicArea::Youth]);
    }
}
