//! Index values published by INSEE, so a fresh installation shows a real table. Each line names
//! where the figure was read; values are in hundredths (ICC is a whole number: 2162 → 216200).
use super::RentIndex::{self, Icc, Ilat, Ilc};

/// Published values: (index, quarter key, value in hundredths), oldest first within each index.
pub const PUBLISHED: &[(RentIndex, &str, i64)] = &[
    // ILAT, reference 100 in Q1 2010.
    // INSEE, ILAT T4 2021 = 118.97, quoted with T4 2022 (lgtconseil.com, INSEE 24 March 2023).
    (Ilat, "2021-T4", 11897),
    // INSEE Informations rapides of 16 December 2022: ILAT T3 2022 = 124.53 (lutetia-ca.fr).
    (Ilat, "2022-T3", 12453),
    // INSEE, published 24 March 2023 (JORF n° 0072, 25 March 2023): ILAT T4 2022 = 126.66.
    (Ilat, "2022-T4", 12666),
    // INSEE, ILAT T1 2023 = 128.59 (lextimes.fr/ilat; groupe-adexia.com, +6.51 % on a year).
    (Ilat, "2023-T1", 12859),
    // INSEE Informations rapides of 26 September 2023: ILAT T2 2023 = 130.64 (cabinetdrouet.fr).
    (Ilat, "2023-T2", 13064),
    // INSEE, published 29 March 2024: ILAT T3 2023 = 132.15, T4 2023 = 133.69
    // (montpellier-infos.fr, "les indices au quatrième trimestre 2023").
    (Ilat, "2023-T3", 13215),
    (Ilat, "2023-T4", 13369),
    // INSEE, published 25 March 2025: ILAT T3 2024 = 137.12, T4 2024 = 137.29
    // (tv83.info, "les indices au quatrième trimestre 2024"; apgl64.fr, +2.69 % on a year).
    (Ilat, "2024-T3", 13712),
    (Ilat, "2024-T4", 13729),
    // INSEE, published 24 June 2025: ILAT T1 2025 = 137.29, unchanged (comptafrance.fr).
    (Ilat, "2025-T1", 13729),
    // ILC, reference 100 in Q1 2008. T1 2022 to T2 2024 from the Les Echos Publishing table
    // "Baux commerciaux" (bizouard.com, 2024); T1–T3 2022 also on secsa-expert.com (2022).
    (Ilc, "2022-T1", 12061),
    (Ilc, "2022-T2", 12365),
    (Ilc, "2022-T3", 12613),
    // INSEE, published 24 March 2023: ILC T4 2022 = 126.05, +6.29 % (lgtconseil.com).
    (Ilc, "2022-T4", 12605),
    // INSEE Informations rapides of 23 June 2023: ILC T1 2023 = 128.68, +6.69 % (afga72.com).
    (Ilc, "2023-T1", 12868),
    // INSEE Informations rapides of 26 September 2023: ILC T2 2023 = 131.81 (cabinetdrouet.fr).
    (Ilc, "2023-T2", 13181),
    // INSEE, published 29 March 2024: ILC T3 2023 = 133.66, T4 2023 = 132.63 (montpellier-infos.fr).
    (Ilc, "2023-T3", 13366),
    (Ilc, "2023-T4", 13263),
    // INSEE: ILC T1 2024 = 134.58 (+4.59 %), T2 2024 = 136.72 (+3.73 %, published
    // 24 September 2024) (bizouard.com; bpifrance-creation.fr; rbb-paris.com).
    (Ilc, "2024-T1", 13458),
    (Ilc, "2024-T2", 13672),
    // INSEE, published 25 March 2025: ILC T3 2024 = 137.71, T4 2024 = 135.30 (tv83.info;
    // JORF n° 0073, 26 March 2025, quoted by idcite.com).
    (Ilc, "2024-T3", 13771),
    (Ilc, "2024-T4", 13530),
    // INSEE, published 24 June 2025: ILC T1 2025 = 135.87 (comptafrance.fr).
    (Ilc, "2025-T1", 13587),
    // ICC, reference 100 in Q4 1953.
    // INSEE, published 22 June 2022: ICC T1 2022 = 1948, +6.92 % (jecomparelesbanques.com).
    (Icc, "2022-T1", 194800),
    // INSEE Informations rapides n° 334 of 16 December 2022: ICC T3 2022 = 2037 (dalloz-actualite.fr).
    (Icc, "2022-T3", 203700),
    // INSEE, published 24 March 2023 (JORF n° 0072, 25 March 2023): ICC T4 2022 = 2052.
    (Icc, "2022-T4", 205200),
    // INSEE Informations rapides of 26 September 2023: ICC T2 2023 = 2123 (cabinetdrouet.fr).
    (Icc, "2023-T2", 212300),
    // INSEE, published 29 March 2024: ICC T3 2023 = 2106, T4 2023 = 2162 (montpellier-infos.fr;
    // JORF n° 0089, 16 April 2024, quoted by idcite.com).
    (Icc, "2023-T3", 210600),
    (Icc, "2023-T4", 216200),
    // INSEE: ICC T1 2024 = 2227 (+7.22 %), T2 2024 = 2205 (+3.86 %) (idcite.com; gecca.fr).
    (Icc, "2024-T1", 222700),
    (Icc, "2024-T2", 220500),
    // INSEE, published 25 March 2025: ICC T3 2024 = 2143, T4 2024 = 2108 (tv83.info).
    (Icc, "2024-T3", 214300),
    (Icc, "2024-T4", 210800),
    // INSEE, published 24 June 2025: ICC T1 2025 = 2146 (comptafrance.fr).
    (Icc, "2025-T1", 214600),
];
