"""The first-run welcome fills the settings from four answers."""

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QLabel

from coach.core.settings import Settings
from coach.qt.welcome import WelcomeWizard


def test_answers_fill_the_settings(qtbot):
    calls = []
    wizard = WelcomeWizard(Settings(), autostart=(False, calls.append))
    qtbot.addWidget(wizard)
    texts = " ".join(label.text() for label in wizard.page(0).findChildren(QLabel))
    assert "not medical advice" in texts
    wizard.work_start.setTime(QTime(8, 0))
    wizard.work_end.setTime(QTime(16, 0))
    wizard.work_days["fri"].setChecked(False)
    wizard.walk_at.setTime(QTime(13, 15))
    wizard.backward_yes.setChecked(True)
    settings = wizard.answers()
    assert [str(r) for r in settings.working_hours.mon] == ["08:00-16:00"]
    assert settings.working_hours.fri == () and settings.working_hours.sat == ()
    assert settings.walks[0].at == time(13, 15)
    assert settings.avoid_backward_bending and not settings.avoid_forward_bending
    wizard.forward_yes.setChecked(True)
    wizard.backward_no.setChecked(True)
    settings = wizard.answers()
    assert settings.avoid_forward_bending and not settings.avoid_backward_bending
    wizard.accept()
    assert calls == [True]


def test_no_walk_and_no_autostart(qtbot):
    wizard = WelcomeWizard(Settings(), autostart=None)
    qtbot.addWidget(wizard)
    wizard.walks.setChecked(False)
    assert wizard.answers().walks == ()
    assert not wizard.autostart.isEnabled()


def test_both_bending_questions_are_asked_and_keep_earlier_answers(qtbot):
    wizard = WelcomeWizard(Settings(avoid_forward_bending=True), autostart=None)
    qtbot.addWidget(wizard)
    texts = " ".join(label.text() for label in wizard.findChildren(QLabel))
    assert "Does bending forward make your back or leg pain worse?" in texts
    assert "Does bending backward make your back or leg pain worse?" in texts
    assert wizard.forward_yes.isChecked() and wizard.backward_no.isChecked()


def test_the_questions_fill_their_page_with_a_picture_for_each_bending_question(qtbot):
    from PySide6.QtWidgets import QApplication, QFrame

    from coach.qt.widgets import PictureView

    wizard = WelcomeWizard(Settings())
    qtbot.addWidget(wizard)
    wizard.resize(720, 560)
    wizard.show()
    wizard.next()
    wizard.next()
    page = wizard.currentPage()
    qtbot.waitUntil(page.isVisible)
    QApplication.processEvents()
    cards = [f for f in page.findChildren(QFrame) if f.property("card")]
    assert len(cards) == 4
    bottom = max(card.geometry().bottom() for card in cards)
    assert page.height() - bottom <= 24, "empty space under the questions"
    pictures = {p.accessibleName() for p in page.findChildren(PictureView)}
    assert pictures == {"Bending forward", "Bending backward"}


def _split_hours():
    from coach.core.settings import TimeRange, WorkingHours

    def r(a, b):
        return TimeRange(time.fromisoformat(a), time.fromisoformat(b))

    split = (r("08:00", "12:00"), r("13:00", "17:00"))
    return WorkingHours(mon=split, tue=split, wed=split, thu=(r("10:00", "11:00"),), fri=split)


def test_hours_that_differ_by_day_are_shown_and_left_alone(qtbot):
    hours = _split_hours()
    wizard = WelcomeWizard(Settings(working_hours=hours), autostart=None)
    qtbot.addWidget(wizard)
    texts = " ".join(label.text() for label in wizard.findChildren(QLabel))
    assert "Your hours differ by day" in texts and "13:00–17:00" in texts
    assert wizard.work_start.isHidden() and wizard.work_days["mon"].isHidden()
    page = wizard.page(2)
    loose = [w for w in page.findChildren(QLabel) if not w.isHidden() and page.layout().indexOf(w) < 0]
    assert all(label.parentWidget() is not page for label in loose)  # nothing drawn at the page's corner
    assert wizard.answers().working_hours == hours  # Next, Next, Next: nothing lost


def test_only_what_the_user_changed_is_written(qtbot):
    from coach.core.settings import TimeRange, Walk, WorkingHours

    day = (TimeRange(time(9), time(17)),)
    hours = WorkingHours(mon=day, tue=day, wed=day, thu=day, fri=(), sat=day)
    walk = Walk(at=time(12, 0), days=("mon", "sat"), minutes=35)
    wizard = WelcomeWizard(Settings(working_hours=hours, walks=(walk,)), autostart=None)
    qtbot.addWidget(wizard)
    assert wizard.answers().working_hours == hours and wizard.answers().walks == (walk,)
    wizard.work_end.setTime(QTime(16, 0))
    answered = wizard.answers()
    assert [str(r) for r in answered.working_hours.sat] == ["09:00-16:00"]
    assert answered.working_hours.fri == () and answered.walks == (walk,)


def test_several_walks_are_left_alone(qtbot):
    from coach.core.settings import Walk

    walks = (Walk(at=time(8, 0)), Walk(at=time(17, 30), days=("sat",)))
    wizard = WelcomeWizard(Settings(walks=walks), autostart=None)
    qtbot.addWidget(wizard)
    assert wizard.walk_at.isHidden() and "2 walks" in wizard.walk_note.text()
    assert wizard.answers().walks == walks
