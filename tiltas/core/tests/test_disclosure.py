from tiltas.core.disclosure import MIN_GROUP_SIZE, is_small, suppress_small


def test_groups_of_one_to_four_people_are_shown_as_fewer_than_five():
    assert MIN_GROUP_SIZE == 5
    assert [suppress_small(n) for n in (0, 1, 4, 5, 120)] == [0, "< 5", "< 5", 5, 120]
    assert suppress_small(9, minimum=10) == "< 10"
    assert not is_small(0)
    assert is_small(4)
    assert not is_small(5)
