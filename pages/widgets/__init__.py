"""Page objects of widgets that several pages share (comboboxes and the like)."""
