"""Adding someone from the carer part asks only about that person, and can copy equipment."""

from __future__ import annotations

from sterkblijven.app import AppContext
from sterkblijven.domain.model import Band, BandColour
from sterkblijven.ui.first_run.wizard import FirstRunWizard
from sterkblijven.ui.shell.main_window import MainWindow
from tests.ui.carer.test_carer import open_carer_from_settings
from tests.ui.flows import answer_all_no, complete_wizard, fill_person

# Riet's own ladder: a red band before a yellow one (her brand's order), forces of her own.
RIET_BANDS = (
    Band(BandColour.RED, 0, force_kgf=1.2, can_double=False),
    Band(BandColour.YELLOW, 1, force_kgf=2.5),
    Band(BandColour.OTHER, 2, label="Paars", force_kgf=4.0),
)


def start_adding(window: MainWindow) -> FirstRunWizard:
    """Open the carer part from Riet's home and start adding someone."""
    open_carer_from_settings(window)
    window.pages.carer.add.click()
    wizard = window.wizard
    assert wizard is not None
    return wizard


def test_adding_someone_skips_the_computers_own_steps(context: AppContext) -> None:
    """The questions start at the new person: no language, text size or PIN again."""
    window = context.window
    complete_wizard(window)
    wizard = start_adding(window)
    assert wizard.current_step() is wizard.person_step
    steps = wizard.visible_steps()
    assert wizard.language_step not in steps and wizard.pin_step not in steps
    assert wizard.back.isVisible()  # and Cancel still leaves


def test_the_same_equipment_as_someone_is_copied_with_order_and_forces(
    context: AppContext,
) -> None:
    """Choosing Riet's equipment skips the equipment steps and gives Kees a copy of hers."""
    window = context.window
    complete_wizard(window)
    setup = window._parts.setup
    setup.save_equipment(1, (1.0, 2.5), RIET_BANDS)
    riet = setup.equipment(1)
    wizard = start_adding(window)
    fill_person(wizard, name="Kees", year="1950")
    wizard.next.click()
    answer_all_no(wizard)
    wizard.next.click()
    source = wizard.equipment_source_step
    assert wizard.current_step() is source and source.own.isChecked()
    (copy,) = source.copies
    assert "Riet" in copy.text()
    copy.click()
    assert wizard.dumbbell_step not in wizard.visible_steps()
    wizard.next.click()
    assert wizard.current_step() is wizard.summary_step
    wizard.next.click()  # finish
    assert window.wizard is None
    kees = next(p.id for p in window._parts.trainees.all() if p.name == "Kees")
    assert kees is not None
    copied = setup.equipment(kees)
    assert copied.dumbbells_kg == riet.dumbbells_kg == (1.0, 2.5)
    keep = [(b.colour, b.label, b.position, b.force_kgf, b.can_double) for b in riet.bands]
    assert [
        (b.colour, b.label, b.position, b.force_kgf, b.can_double) for b in copied.bands
    ] == keep
    assert not {b.id for b in copied.bands} & {b.id for b in riet.bands}  # bands of his own


def test_own_equipment_is_asked_as_before(context: AppContext) -> None:
    """Keeping the first choice asks for dumbbells and bands in the next steps."""
    window = context.window
    complete_wizard(window)
    wizard = start_adding(window)
    fill_person(wizard, name="Kees", year="1950")
    wizard.next.click()
    answer_all_no(wizard)
    wizard.next.click()
    wizard.next.click()  # own equipment
    assert wizard.current_step() is wizard.dumbbell_step
