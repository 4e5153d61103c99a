"""The Tags page: rename, merge and delete a tag with the mouse; the people list's tag filter follows; a tag that a
saved search selects by is not deleted, and the page says why."""

from __future__ import annotations

from PySide6.QtCore import Qt

from commons_desktop.core.model import Person
from commons_desktop.services import lists
from commons_desktop.vault.people import People

LEFT = Qt.MouseButton.LeftButton


def _tag_texts(view) -> list[str]:
    return [view.tags.item(i).text() for i in range(view.tags.count())]


def _select(view, qtbot, name: str) -> None:
    for row in range(view.tags.count()):
        item = view.tags.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == name:
            rect = view.tags.visualItemRect(item)
            qtbot.mouseClick(view.tags.viewport(), LEFT, pos=rect.center())
            assert view.current_tag() == name
            return
    raise AssertionError(f"no tag {name} in {_tag_texts(view)}")


def test_rename_merge_delete_from_the_tags_page(make_desktop, vault, qtbot):
    people = People(vault)
    ids = [people.add(Person(given=f"P{n}", family="Tagged")).id for n in range(4)]
    lists.bulk_tag(vault, ids[:3], "benevole")
    lists.bulk_tag(vault, ids[2:], "Bénévoles")
    lists.bulk_tag(vault, ids[:1], "bureau")
    desktop = make_desktop()
    desktop.show_vault(vault)
    window = desktop.window
    window.show_section("tags")
    view = window.tags
    assert _tag_texts(view) == ["benevole (3)", "Bénévoles (2)", "bureau (1)"]
    assert not view.rename_button.isEnabled()

    _select(view, qtbot, "benevole")
    view.ask.answers.append("Bénévole, actif")  # a tag may hold a comma
    qtbot.mouseClick(view.rename_button, LEFT)
    assert _tag_texts(view) == ["Bénévole, actif (3)", "Bénévoles (2)", "bureau (1)"]
    assert view.current_tag() == "Bénévole, actif"
    assert "renamed" in window.statusBar().currentMessage() and "3 records" in window.statusBar().currentMessage()
    assert sorted(lists.person(vault, ids[0]).tags) == ["Bénévole, actif", "bureau"]
    tag_filter = window.people.tag_filter
    assert tag_filter.findData("Bénévole, actif") >= 0 and tag_filter.findData("benevole") < 0

    view.ask.answers.append("Bénévoles")  # merged into the other spelling
    qtbot.mouseClick(view.merge_button, LEFT)
    assert _tag_texts(view) == ["Bénévoles (4)", "bureau (1)"]
    assert view.current_tag() == "Bénévoles"
    assert lists.person(vault, ids[3]).tags == ["Bénévoles"]

    lists.save_search(vault, "Le bureau", lists.PeopleQuery(tag="bureau"))
    view.refresh()
    _select(view, qtbot, "bureau")
    view.ask.answers.extend([True, None])  # yes, delete it; then the message saying why it was not
    qtbot.mouseClick(view.delete_tag_button, LEFT)
    assert view.ask.asked[-2:] == ["Delete the tag", "Tags"]
    assert "bureau (1)" in _tag_texts(view)

    _select(view, qtbot, "Bénévoles")
    view.ask.answers.append(True)
    qtbot.mouseClick(view.delete_tag_button, LEFT)
    assert _tag_texts(view) == ["bureau (1)"]
    assert "deleted from 4 records" in window.statusBar().currentMessage()
    assert window.people.tag_filter.findData("Bénévoles") < 0
    assert all("Bénévoles" not in lists.person(vault, i).tags for i in ids)


def test_a_tag_nobody_carries_renamed_the_lists_follow(make_desktop, vault, qtbot):
    """No record carries the tag, so no change is logged: the "vault changed" event still names the tags, and the
    people list's tag filter follows the rename and the deletion."""
    ident = People(vault).add(Person(given="Ana", family="Lima")).id
    lists.bulk_tag(vault, [ident], "ancien")
    lists.bulk_untag(vault, [ident], "ancien")
    desktop = make_desktop()
    desktop.show_vault(vault)
    window = desktop.window
    window.show_section("tags")
    view, tag_filter = window.tags, window.people.tag_filter
    assert _tag_texts(view) == ["ancien (0)"] and tag_filter.findData("ancien") >= 0

    _select(view, qtbot, "ancien")
    view.ask.answers.append("archives")
    qtbot.mouseClick(view.rename_button, LEFT)
    assert _tag_texts(view) == ["archives (0)"]
    assert tag_filter.findData("archives") >= 0 and tag_filter.findData("ancien") < 0

    _select(view, qtbot, "archives")
    view.ask.answers.append(True)
    qtbot.mouseClick(view.delete_tag_button, LEFT)
    assert _tag_texts(view) == [] and tag_filter.findData("archives") < 0
