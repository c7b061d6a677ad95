"""Settings for comfort and language, applied at once while the dialog is open."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from sterkblijven.autostart import Autostart
from sterkblijven.domain.preferences import SPEECH_RATES, TEXT_SCALES, Preferences
from sterkblijven.ui.common.widgets import (
    BigButton,
    ChoiceButton,
    ErrorLabel,
    Retranslating,
    ScrollPage,
    TextLabel,
    button_row,
    make_exclusive,
    page_with_footer,
)
from sterkblijven.ui.settings.voice import voice_install_advice


class SettingsDialog(Retranslating, QDialog):
    """Text size, contrast and language; every choice takes effect immediately."""

    preferences_changed = Signal(object)
    carer_requested = Signal()

    def __init__(
        self,
        preferences: Preferences,
        parent: QWidget | None = None,
        try_voice: Callable[[str], bool] | None = None,
        autostart: Autostart | None = None,
        sound_available: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModal(True)
        self._preferences = preferences
        # Starting at log-in is the system's setting, read from it rather than remembered.
        self._autostart = autostart if autostart is not None and autostart.supported() else None
        self._try_voice = try_voice
        self._voice_result: bool | None = None
        self.page = ScrollPage()
        self.title = TextLabel("title")
        self.size_label = TextLabel("heading")
        self.contrast_label = TextLabel("heading")
        self.language_label = TextLabel("heading")
        self.sizes = {scale: ChoiceButton() for scale in TEXT_SCALES}
        self.standard = ChoiceButton()
        self.high_contrast = ChoiceButton()
        self.dutch = ChoiceButton()
        self.english = ChoiceButton()
        self.speech_label = TextLabel("heading")
        # Without a sound device the tones are silent: said here, where sound is chosen.
        self.no_sound = TextLabel("muted")
        self.no_sound.setVisible(sound_available is not None and not sound_available())
        self.speech_on = ChoiceButton()
        self.speech_off = ChoiceButton()
        self.rate_label = TextLabel()
        self.motion_label = TextLabel("heading")
        self.motion_on = ChoiceButton()
        self.motion_off = ChoiceButton()
        self.rates = {rate: ChoiceButton() for rate in SPEECH_RATES}
        self.test_voice = BigButton()
        self.voice_result = TextLabel("notice")
        self.voice_result.hide()
        self.start_label = TextLabel("heading")
        self.start_at_login = ChoiceButton()
        self.start_by_hand = ChoiceButton()
        self.start_error = ErrorLabel()
        self.carer_label = TextLabel("heading")
        self.carer = BigButton()
        self.close_button = BigButton("primary")
        body = self.page.body
        body.addWidget(self.title)
        body.addWidget(self.size_label)
        body.addLayout(button_row(*self.sizes.values()))
        body.addWidget(self.contrast_label)
        body.addLayout(button_row(self.standard, self.high_contrast))
        body.addWidget(self.language_label)
        body.addLayout(button_row(self.dutch, self.english))
        body.addWidget(self.speech_label)
        body.addWidget(self.no_sound)
        body.addLayout(button_row(self.speech_on, self.speech_off))
        body.addWidget(self.rate_label)
        body.addLayout(button_row(*self.rates.values()))
        body.addLayout(button_row(self.test_voice))
        body.addWidget(self.voice_result)
        body.addWidget(self.motion_label)
        body.addLayout(button_row(self.motion_on, self.motion_off))
        body.addWidget(self.start_label)
        body.addLayout(button_row(self.start_at_login))
        body.addLayout(button_row(self.start_by_hand))
        body.addWidget(self.start_error)
        for widget in (self.start_label, self.start_at_login, self.start_by_hand):
            widget.setVisible(self._autostart is not None)
        body.addWidget(self.carer_label)
        body.addLayout(button_row(self.carer))
        body.addStretch(1)
        page_with_footer(self, self.page, button_row(self.close_button, stretch_first=True))
        for choices in (
            tuple(self.sizes.values()),
            (self.standard, self.high_contrast),
            (self.dutch, self.english),
            (self.speech_on, self.speech_off),
            tuple(self.rates.values()),
            (self.motion_on, self.motion_off),
            (self.start_at_login, self.start_by_hand),
        ):
            make_exclusive(choices)
        self._show_autostart()
        self.rates[preferences.speech_rate].setChecked(True)
        self.sizes[preferences.text_scale].setChecked(True)
        (self.high_contrast if preferences.high_contrast else self.standard).setChecked(True)
        (self.english if preferences.language == "en" else self.dutch).setChecked(True)
        (self.speech_on if preferences.speech else self.speech_off).setChecked(True)
        (self.motion_on if preferences.motion else self.motion_off).setChecked(True)
        # Language names stay in their own language, so everyone finds theirs.
        self.dutch.set_label("Nederlands")
        self.english.set_label("English")
        self._connect_signals()
        self.retranslate_ui()
        # As large as the window it belongs to: at 200 % text there is a lot to show.
        size = parent.size() if parent is not None else None
        self.resize(
            max(900, size.width() - 80) if size else 900,
            max(640, size.height() - 80) if size else 640,
        )

    def _connect_signals(self) -> None:
        for scale, button in self.sizes.items():
            button.clicked.connect(lambda _c=False, s=scale: self._change(text_scale=s))
        self.standard.clicked.connect(lambda: self._change(high_contrast=False))
        self.high_contrast.clicked.connect(lambda: self._change(high_contrast=True))
        self.dutch.clicked.connect(lambda: self._change(language="nl"))
        self.english.clicked.connect(lambda: self._change(language="en"))
        self.speech_on.clicked.connect(lambda: self._change(speech=True))
        self.speech_off.clicked.connect(lambda: self._change(speech=False))
        for rate, button in self.rates.items():
            button.clicked.connect(lambda _c=False, r=rate: self._change(speech_rate=r))
        self.motion_on.clicked.connect(lambda: self._change(motion=True))
        self.motion_off.clicked.connect(lambda: self._change(motion=False))
        self.test_voice.clicked.connect(self.on_test_voice)
        self.close_button.clicked.connect(self.accept)
        self.carer.clicked.connect(self.on_carer)
        self.start_at_login.clicked.connect(lambda: self.on_start_at_login(True))
        self.start_by_hand.clicked.connect(lambda: self.on_start_at_login(False))

    def on_start_at_login(self, wanted: bool) -> None:
        """Add or remove the start at log-in for this user, or say why it cannot."""
        if self._autostart is None:
            return
        try:
            if wanted:
                self._autostart.enable()
            else:
                self._autostart.disable()
        except OSError:
            self.start_error.show_message(
                self.tr("This could not be changed on this computer. Nothing else was changed.")
            )
        else:
            self.start_error.show_message("")
        self._show_autostart()

    def _show_autostart(self) -> None:
        if self._autostart is None:
            return
        try:
            enabled = self._autostart.enabled()
        except OSError:
            enabled = False
        (self.start_at_login if enabled else self.start_by_hand).setChecked(True)

    def on_test_voice(self) -> None:
        """Say a sample sentence at the chosen speed, and show it, or that no voice exists."""
        if self._try_voice is None:
            return
        self._voice_result = self._try_voice(self._sample())
        self.voice_result.show()
        self._show_voice_result()
        # At 200 % the answer can fall below the fold, and then nothing seems to happen.
        self.page.bring_into_view(self.voice_result)

    def _sample(self) -> str:
        return self.tr("This is the voice of sterkblijven. Well done!")

    def _show_voice_result(self) -> None:
        if self._voice_result is None:
            return
        self.voice_result.setText(
            self.tr("You hear: \u201c{sentence}\u201d").format(sentence=self._sample())
            if self._voice_result
            else self.tr(
                "No voice is installed on this computer, so you hear nothing. The app works the "
                "same: the screen and the tone show everything."
            )
            + "\n\n"
            + voice_install_advice()
        )

    def on_carer(self) -> None:
        """Close the settings and ask the window to open the carer part."""
        self.accept()
        self.carer_requested.emit()

    def preferences(self) -> Preferences:
        """Return the preferences as chosen now."""
        return self._preferences

    def _change(self, **changes: object) -> None:
        updated = dataclasses.replace(self._preferences, **changes)  # type: ignore[arg-type]
        if updated != self._preferences:
            self._preferences = updated
            self.preferences_changed.emit(updated)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Settings"))
        self.title.setText(self.tr("Settings"))
        self.size_label.setText(self.tr("Text size"))
        for scale, button in self.sizes.items():
            button.set_label(self.tr("{percent} %").format(percent=scale))
            button.setAccessibleDescription(self.tr("Text size"))
        self.contrast_label.setText(self.tr("Colours"))
        self.standard.set_label(self.tr("Standard"))
        self.high_contrast.set_label(self.tr("High contrast"))
        self.language_label.setText(self.tr("Language"))
        self.speech_label.setText(self.tr("Spoken cues (the tone and the screen always show it)"))
        self.no_sound.setText(
            self.tr(
                "No sound device was found on this computer, so you hear no tone. The screen "
                "shows everything the tone would tell you."
            )
        )
        self.speech_on.set_label(self.tr("On"))
        self.speech_off.set_label(self.tr("Off"))
        self.rate_label.setText(self.tr("How fast the voice speaks"))
        names = {
            "slow": self.tr("Slowly"),
            "normal": self.tr("Normal"),
            "quick": self.tr("Quickly"),
        }
        for rate, button in self.rates.items():
            button.set_label(names[rate])
            button.setAccessibleDescription(self.tr("How fast the voice speaks"))
        self.test_voice.setText(self.tr("Test the voice"))
        self.motion_label.setText(self.tr("Movement in pictures"))
        self.motion_on.set_label(self.tr("On"))
        self.motion_off.set_label(self.tr("Off"))
        for button in (self.motion_on, self.motion_off):
            button.setAccessibleDescription(self.tr("Movement in pictures"))
        self._show_voice_result()
        self.start_label.setText(self.tr("Starting the program"))
        self.start_at_login.set_label(self.tr("Start sterkblijven when I log in"))
        self.start_by_hand.set_label(self.tr("Start only when I open it"))
        self.carer_label.setText(self.tr("For the carer"))
        self.carer.setText(self.tr("Open the carer part"))
        self.close_button.setText(self.tr("Close"))
