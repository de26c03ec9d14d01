"""The sandbox's one-stop system ("HT Một cửa điện tử" under /motcua): its page objects and its adapter."""
