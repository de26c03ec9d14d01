"""Page objects of the VNeID login pages (sso.dancuquocgia.gov.vn, or its sandbox emulation)."""
