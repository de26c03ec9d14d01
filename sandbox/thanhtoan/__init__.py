"""The payment platform (thanh toán trực tuyến, DOMAIN §3.7) and the fee engine (§3.8)."""
