//! The vocabularies of CONTRACT.md: kinds of space, legal forms, sectors, roles, rates.
use super::enums::vocabulary;

vocabulary!(
    /// What a space is rented as.
    SpaceKind, "kind", {
        Office => "office",
        CoworkingDesk => "coworking_desk",
        MeetingRoom => "meeting_room",
        EventSpace => "event_space",
        Storage => "storage",
        Commercial => "commercial",
    }
);

vocabulary!(
    /// The legal form of a hosted structure.
    LegalForm, "legal_form", {
        Association => "association",
        Scop => "scop",
        Scic => "scic",
        EsusCompany => "esus_company",
        OtherCompany => "other_company",
        Project => "project",
    }
);

vocabulary!(
    /// The ESS sector of a structure: the five priority sectors, then the rest.
    Sector, "sector", {
        PeopleServices => "people_services",
        ReuseResources => "reuse_resources",
        FoodShortSupply => "food_short_supply",
        HousingConstruction => "housing_construction",
        Digital => "digital",
        Other => "other",
    }
);

vocabulary!(
    /// Where a structure stands with the site.
    StructureStatus, "structure_status", {
        Hosted => "hosted",
        Former => "former",
        Applicant => "applicant",
    }
);

vocabulary!(
    /// What an account may do.
    Role, "role", {
        Visitor => "visitor",
        Tenant => "tenant",
        Manager => "manager",
        Admin => "admin",
    }
);

vocabulary!(
    /// How a space is let: booked by time slots, or occupied under a lease.
    BookingMode, "booking_mode", {
        Hourly => "hourly",
        Lease => "lease",
    }
);

vocabulary!(
    /// Who pays a rate: hosted structures, members of the network, or outsiders.
    CustomerKind, "customer", {
        Hosted => "hosted",
        Network => "network",
        Outsider => "outsider",
    }
);

vocabulary!(
    /// The period a rate is charged for.
    RateUnit, "rate_unit", {
        Hour => "hour",
        HalfDay => "half_day",
        Day => "day",
        Month => "month",
    }
);

impl SpaceKind {
    /// Kinds booked by time slots rather than let on a lease.
    pub const fn is_bookable(self) -> bool {
        matches!(
            self,
            SpaceKind::MeetingRoom | SpaceKind::CoworkingDesk | SpaceKind::EventSpace
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_round_trip_through_from_str() {
        for kind in SpaceKind::ALL {
            assert_eq!(kind.as_str().parse::<SpaceKind>(), Ok(*kind));
        }
        for sector in Sector::ALL {
            assert_eq!(sector.as_str().parse::<Sector>(), Ok(*sector));
        }
        assert!("bureau".parse::<SpaceKind>().is_err());
        assert!("Office".parse::<SpaceKind>().is_err());
    }

    #[test]
    fn json_uses_the_contract_words() {
        let json = serde_json::to_string(&SpaceKind::CoworkingDesk).expect("serialises");
        assert_eq!(json, "\"coworking_desk\"");
        let back: LegalForm = serde_json::from_str("\"esus_company\"").expect("parses");
        assert_eq!(back, LegalForm::EsusCompany);
    }

    #[test]
    fn label_keys_name_the_vocabulary() {
        assert_eq!(SpaceKind::MeetingRoom.label_key(), "kind.meeting_room");
        assert_eq!(Sector::Digital.label_key(), "sector.digital");
    }
}
