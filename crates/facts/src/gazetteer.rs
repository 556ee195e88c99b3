//! Places known to copydesk, from a compact data file generated from GeoNames.
