"""The procedure catalogue (CSDL TTHC) as the portal publishes it: 5,670 procedures, 502 full records,
the 34 provinces, and which agencies have each procedure configured for online submission."""
