"""The SMS Brandname gateway stand-in (DOMAIN §4.2): nothing leaves the machine."""
