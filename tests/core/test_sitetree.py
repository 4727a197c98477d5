"""The content generation and what is kept for it, shared and in each process."""

from django.db import transaction

from core.sitetree import ProcessMemo, bump_generation, generation, get_tree


def test_a_change_starts_a_generation_now_and_again_when_it_is_committed(
    db, django_capture_on_commit_callbacks
):
    """A request that reads the rows between the change and its commit sees them as
    they were; what it builds belongs to the generation in between, not the next."""
    before = generation()
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        bump_generation()
        during = generation()
        assert during > before
    assert generation() > during


def test_each_process_keeps_a_value_for_its_generation_only():
    memo, built = ProcessMemo(), []

    def build(value):
        def load():
            built.append(value)
            return value

        return load

    assert memo.get(1, "tree", build("one")) == "one"
    assert memo.get(1, "tree", build("again")) == "one"  # kept
    assert memo.get(2, "tree", build("two")) == "two"  # a new generation: built anew
    assert memo.get(2, "tree", build("again")) == "two"
    assert built == ["one", "two"]
    assert list(memo.values) == [(2, "tree")]  # the older generation's are let go


def test_a_late_value_of_an_older_generation_is_never_served_for_a_newer_one():
    """A request still working in the old generation stores what it built under that
    generation; a request of the new one does not get it."""
    memo = ProcessMemo()
    memo.get(2, "tree", lambda: "new")
    memo.get(1, "tree", lambda: "old")
    assert memo.get(2, "tree", lambda: "rebuilt") == "new"


def test_the_memo_stays_bounded():
    memo = ProcessMemo()
    for port in range(ProcessMemo.MAX_VALUES * 3):
        memo.get(1, f"site:example.org:{port}", lambda: "site")
    assert len(memo.values) <= ProcessMemo.MAX_VALUES


def test_the_snapshot_is_kept_in_this_process_for_its_generation(
    client, trust_site, django_assert_num_queries
):
    tree = get_tree()
    assert get_tree() is tree  # no second fetch, no unpickling
    trust_site.save_revision().publish()
    assert get_tree() is not tree
