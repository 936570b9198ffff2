from taper_desktop.domain.wording import fill


def test_fill_puts_values_in_by_number_in_one_pass():
    assert fill("%2 before %1", "a", "b") == "b before a"
    # a value holding a placeholder is not filled again
    assert fill("%1 and %2", "50%2", 7) == "50%2 and 7"
    assert fill("%1 of %1", 3) == "3 of 3"


def test_fill_leaves_a_placeholder_without_a_value_visible():
    assert fill("%1 and %2", "x") == "x and %2"
    assert fill("%n days", 3) == "%n days"  # counts go through the plural forms
