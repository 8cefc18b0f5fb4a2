<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Start a desk &amp;break now</source>
        <translation>Jetzt eine Schreibtisch&amp;pause starten</translation>
    </message>
    <message>
        <source>Going for a &amp;walk</source>
        <translation>Ich gehe &amp;spazieren</translation>
    </message>
    <message>
        <source>&amp;Reading mode</source>
        <translation>&amp;Lesemodus</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>Erinnerungen p&amp;ausieren</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Welcome tour…</source>
        <translation>&amp;Einführung …</translation>
    </message>
    <message>
        <source>The movement-break routine in your settings does not exist.</source>
        <translation>Das Programm für Bewegungspausen aus Ihren Einstellungen gibt es nicht.</translation>
    </message>
    <message>
        <source>I&apos;m &amp;back</source>
        <translation>Ich bin &amp;zurück</translation>
    </message>
</context>
<context>
    <name>Announce</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>Weiter bewegen</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>In Position gehen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ausruhen</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>keep moving</source>
        <translation>weiter bewegen</translation>
    </message>
    <message>
        <source>get ready</source>
        <translation>bereit machen</translation>
    </message>
    <message>
        <source>get into position</source>
        <translation>in Position gehen</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>halten</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>ausruhen</translation>
    </message>
    <message>
        <source>switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>{routine}. First: {exercise}. {step}</source>
        <translation>{routine}. Zuerst: {exercise}. {step}</translation>
    </message>
    <message>
        <source>Next: {exercise}. {step}</source>
        <translation>Als Nächstes: {exercise}. {step}</translation>
    </message>
    <message>
        <source>Switch to your left side.</source>
        <translation>Wechseln Sie auf die linke Seite.</translation>
    </message>
    <message>
        <source>Switch to your right side.</source>
        <translation>Wechseln Sie auf die rechte Seite.</translation>
    </message>
    <message>
        <source>Switch to your other side.</source>
        <translation>Wechseln Sie auf die andere Seite.</translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation>Ausruhen.</translation>
    </message>
    <message>
        <source>rep {rep} of {reps}</source>
        <translation>Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <source>keep moving for {duration}</source>
        <translation>{duration} in Bewegung bleiben</translation>
    </message>
    <message>
        <source>hold for {duration}</source>
        <translation>{duration} halten</translation>
    </message>
</context>
<context>
    <name>AutostartController</name>
    <message>
        <source>Could not change starting at login: {error}</source>
        <translation>Der Start beim Anmelden konnte nicht geändert werden: {error}</translation>
    </message>
</context>
<context>
    <name>Bending</name>
    <message>
        <source>Your pain ratings have gone up this week. Does bending forward or backward make your back or leg pain worse? If so, say so in Settings and Coach will leave those exercises out.</source>
        <translation>Ihre Schmerzwerte sind diese Woche gestiegen. Verstärkt Vorbeugen oder Zurückbeugen Ihre Rücken- oder Beinschmerzen? Dann geben Sie das in den Einstellungen an, und Coach lässt diese Übungen weg.</translation>
    </message>
</context>
<context>
    <name>BendingQuestion</name>
    <message>
        <source>Yes, bending forward makes it worse</source>
        <translation>Ja, Vorbeugen macht es schlimmer</translation>
    </message>
    <message>
        <source>Yes, bending backward makes it worse</source>
        <translation>Ja, Zurückbeugen macht es schlimmer</translation>
    </message>
    <message>
        <source>Did bending forward bring the pain on?</source>
        <translation>Hat das Vorbeugen den Schmerz ausgelöst?</translation>
    </message>
    <message>
        <source>Did bending backward bring the pain on?</source>
        <translation>Hat das Zurückbeugen den Schmerz ausgelöst?</translation>
    </message>
    <message>
        <source>Does bending forward or backward make your back or leg pain worse?</source>
        <translation>Verstärkt Vorbeugen oder Zurückbeugen Ihre Rücken- oder Beinschmerzen?</translation>
    </message>
    <message>
        <source>Coach can leave out the exercises that bend that way from now on.</source>
        <translation>Coach kann die Übungen, die in diese Richtung beugen, ab jetzt weglassen.</translation>
    </message>
    <message>
        <source>Done: exercises that bend forward are left out. You can change this in Settings.</source>
        <translation>Erledigt: Übungen mit Vorbeugen werden weggelassen. Sie können das in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Done: exercises that bend backward are left out. You can change this in Settings.</source>
        <translation>Erledigt: Übungen mit Zurückbeugen werden weggelassen. Sie können das in den Einstellungen ändern.</translation>
    </message>
</context>
<context>
    <name>BendingWarning</name>
    <message>
        <source>bending backward</source>
        <translation>Beugen nach hinten</translation>
    </message>
    <message>
        <source>bending forward</source>
        <translation>Beugen nach vorn</translation>
    </message>
    <message>
        <source>{routine} includes {movement}, which you said makes your pain worse.</source>
        <translation>{routine} enthält {movement} – laut Ihrer Angabe verschlimmert das Ihre Schmerzen.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>{routine} leaves it out.</source>
        <translation>{routine} lässt es weg.</translation>
    </message>
    <message>
        <source>Play the suitable version</source>
        <translation>Passende Version starten</translation>
    </message>
    <message>
        <source>Play anyway</source>
        <translation>Trotzdem starten</translation>
    </message>
</context>
<context>
    <name>BreakOverlay</name>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>{choice} in {seconds} s</source>
        <translation>{choice} in {seconds} s</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Pain before and after sessions (0–10)</source>
        <translation>Schmerz vor und nach den Einheiten (0–10)</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Pain, weekly averages (0–10)</source>
        <translation>Schmerz, Wochenmittel (0–10)</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>No pain ratings in this period</source>
        <translation>Keine Schmerzbewertungen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No pain ratings in this period.</source>
        <translation>Keine Schmerzbewertungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>{before} ratings before sessions, {after} after.</source>
        <translation>{before} Bewertungen vor den Einheiten, {after} danach.</translation>
    </message>
    <message>
        <source>The trend of the ratings before sessions is {slope} points a week.</source>
        <translation>Der Trend der Bewertungen vor den Einheiten liegt bei {slope} Punkten pro Woche.</translation>
    </message>
    <message>
        <source>The trend of the ratings after sessions is {slope} points a week.</source>
        <translation>Der Trend der Bewertungen nach den Einheiten liegt bei {slope} Punkten pro Woche.</translation>
    </message>
</context>
<context>
    <name>CoachApp</name>
    <message>
        <source>coach: another Coach is starting or not responding; try again in a moment.</source>
        <translation>coach: Ein anderes Coach startet gerade oder antwortet nicht; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>There is no routine called {name}.</source>
        <translation>Es gibt kein Programm namens {name}.</translation>
    </message>
    <message>
        <source>Your settings could not be saved: {error}</source>
        <translation>Ihre Einstellungen konnten nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Coach keeps running, minimised, so it can remind you to move. To stop it, choose Coach → Quit.</source>
        <translation>Coach läuft minimiert weiter, damit es Sie ans Bewegen erinnern kann. Zum Beenden wählen Sie Coach → Beenden.</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Coach cannot write to your log: {error}</source>
        <translation>Coach kann nicht in Ihr Protokoll schreiben: {error}</translation>
    </message>
</context>
<context>
    <name>ConfigController</name>
    <message>
        <source>Your settings could not be saved: {error}</source>
        <translation>Ihre Einstellungen konnten nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Well done. {routine} is complete.</source>
        <translation>Gut gemacht. {routine} ist geschafft.</translation>
    </message>
</context>
<context>
    <name>Days</name>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
</context>
<context>
    <name>DesktopProfile</name>
    <message>
        <source>This desktop does not tell Coach how long you have been idle: breaks follow the clock while the screen is unlocked, and a locked screen counts as away.</source>
        <translation>Dieser Desktop teilt Coach nicht mit, wie lange Sie untätig waren: Pausen richten sich nach der Uhr, solange der Bildschirm entsperrt ist, und ein gesperrter Bildschirm zählt als abwesend.</translation>
    </message>
    <message>
        <source>Activity detection is unavailable on this desktop: breaks follow the clock.</source>
        <translation>Auf diesem Desktop ist keine Aktivitätserkennung verfügbar: Die Pausen richten sich nach der Uhr.</translation>
    </message>
    <message>
        <source>Desktop: {session}.</source>
        <translation>Desktop: {session}.</translation>
    </message>
    <message>
        <source>Coach cannot tell here whether a full-screen window (a presentation, a video call) is in front, so breaks are not held back for one. Use reading mode instead.</source>
        <translation>Coach kann hier nicht erkennen, ob ein Vollbildfenster (eine Präsentation, ein Videoanruf) vorne ist, und hält Pausen dafür nicht zurück. Nutzen Sie stattdessen den Lesemodus.</translation>
    </message>
    <message>
        <source>Notifications here cannot carry Start, Later and Skip buttons, so breaks ask in Coach&apos;s prompt window instead.</source>
        <translation>Benachrichtigungen können hier keine Schaltflächen für Start, Später und Überspringen tragen; Pausen fragen deshalb im Hinweisfenster von Coach.</translation>
    </message>
    <message>
        <source>The desktop decides where Coach&apos;s prompt window appears (Wayland).</source>
        <translation>Der Desktop bestimmt, wo das Hinweisfenster von Coach erscheint (Wayland).</translation>
    </message>
    <message>
        <source>There is no system tray: closing the main window minimises Coach, which keeps reminding you. Use Coach → Quit to stop it.</source>
        <translation>Es gibt keinen Infobereich: Schließen des Hauptfensters minimiert Coach, das Sie weiter erinnert. Mit Coach → Beenden beenden Sie es.</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Start position</source>
        <translation>Ausgangsstellung</translation>
    </message>
    <message>
        <source>End position</source>
        <translation>Endstellung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Pick an exercise or a routine on the left.</source>
        <translation>Wählen Sie links eine Übung oder ein Programm.</translation>
    </message>
    <message>
        <source>Start routine ({duration})</source>
        <translation>Programm starten ({duration})</translation>
    </message>
    <message>
        <source>Start exercise ({duration})</source>
        <translation>Übung starten ({duration})</translation>
    </message>
</context>
<context>
    <name>Dose</name>
    <message>
        <source>{dose}, {count} times</source>
        <translation>{dose}, {count}-mal</translation>
    </message>
    <message>
        <source>{count} × {duration}</source>
        <translation>{count} × {duration}</translation>
    </message>
    <message>
        <source>{dose} hold</source>
        <translation>{dose} halten</translation>
    </message>
    <message>
        <source>{dose}, each side</source>
        <translation>{dose}, je Seite</translation>
    </message>
    <message>
        <source>{dose}, alternating sides</source>
        <translation>{dose}, Seiten im Wechsel</translation>
    </message>
    <message>
        <source>{dose}, {rest} rest</source>
        <translation>{dose}, {rest} Pause dazwischen</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>{n} h</source>
        <translation>{n} Std.</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Mo</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tu</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>We</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Th</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fr</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sa</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Su</source>
        <translation>So</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday} {day}. {month}</translation>
    </message>
    <message>
        <source>{date} {year}</source>
        <translation>{date} {year}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{day} {month} – {last}</source>
        <translation>{day}. {month} – {last}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ({minutes} min)</source>
        <translation>
            <numerusform>%n Einheit ({minutes} Min.)</numerusform>
            <numerusform>%n Einheiten ({minutes} Min.)</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} taken</source>
        <translation>{count} gemacht</translation>
    </message>
    <message>
        <source>{count} postponed</source>
        <translation>{count} verschoben</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>{count} ausgelassen</translation>
    </message>
    <message>
        <source>{count} natural</source>
        <translation>{count} von selbst</translation>
    </message>
    <message>
        <source>breaks: {list}</source>
        <translation>Pausen: {list}</translation>
    </message>
    <message numerus="yes">
        <source>%n break(s) due</source>
        <translation>
            <numerusform>%n Pause fällig</numerusform>
            <numerusform>%n Pausen fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk(s) ({minutes} min)</source>
        <translation>
            <numerusform>%n Spaziergang ({minutes} Min.)</numerusform>
            <numerusform>%n Spaziergänge ({minutes} Min.)</numerusform>
        </translation>
    </message>
    <message>
        <source>pain {before} → {after}</source>
        <translation>Schmerz {before} → {after}</translation>
    </message>
    <message>
        <source>{count} stopped for pain</source>
        <translation>{count} wegen Schmerzen abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n walk reminder(s)</source>
        <translation>
            <numerusform>%n Spaziergang-Erinnerung</numerusform>
            <numerusform>%n Spaziergang-Erinnerungen</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing logged</source>
        <translation>nichts eingetragen</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>stopped for pain</source>
        <translation>wegen Schmerzen abgebrochen</translation>
    </message>
    <message>
        <source>Break coming up</source>
        <translation>Pause steht bevor</translation>
    </message>
    <message>
        <source>Break due</source>
        <translation>Pause fällig</translation>
    </message>
    <message>
        <source>Break taken</source>
        <translation>Pause gemacht</translation>
    </message>
    <message>
        <source>Break postponed</source>
        <translation>Pause verschoben</translation>
    </message>
    <message>
        <source>Break skipped</source>
        <translation>Pause ausgelassen</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>Pause von selbst</translation>
    </message>
    <message>
        <source>Heat pack</source>
        <translation>Wärmekissen</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>Walk reminder</source>
        <translation>Spaziergang-Erinnerung</translation>
    </message>
    <message>
        <source>reminder shown</source>
        <translation>Erinnerung gezeigt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} von {planned}</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>away {duration}</source>
        <translation>{duration} abwesend</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <source>pain {rating}</source>
        <translation>Schmerz {rating}</translation>
    </message>
    <message>
        <source>needed a forward-bend rest</source>
        <translation>brauchte eine Pause im Vorbeugen</translation>
    </message>
    <message>
        <source>Planned walk</source>
        <translation>Geplanter Spaziergang</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Spaziergang</translation>
    </message>
    <message>
        <source>{taken} of {asked} taken</source>
        <translation>{taken} von {asked} gemacht</translation>
    </message>
    <message>
        <source>no breaks due</source>
        <translation>keine Pausen fällig</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day}. {month}</translation>
    </message>
    <message numerus="yes">
        <source>No pain ratings in the last %n day(s).</source>
        <translation>
            <numerusform>Keine Schmerzbewertungen am letzten Tag.</numerusform>
            <numerusform>Keine Schmerzbewertungen in den letzten %n Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pain rating(s) in the last {days} days; the highest was {worst} out of 10.</source>
        <translation>
            <numerusform>%n Schmerzbewertung in den letzten {days} Tagen; die höchste war {worst} von 10.</numerusform>
            <numerusform>%n Schmerzbewertungen in den letzten {days} Tagen; die höchste war {worst} von 10.</numerusform>
        </translation>
    </message>
    <message>
        <source>none due</source>
        <translation>keine fällig</translation>
    </message>
    <message>
        <source>{rate} ({taken} of {asked})</source>
        <translation>{rate} ({taken} von {asked})</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message numerus="yes">
        <source>Saved a %n-page visit report to {path}</source>
        <translation>
            <numerusform>Arztbericht mit %n Seite gespeichert unter {path}</numerusform>
            <numerusform>Arztbericht mit %n Seiten gespeichert unter {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) as {format} to {path}</source>
        <translation>
            <numerusform>%n Eintrag als {format} exportiert nach {path}</numerusform>
            <numerusform>%n Einträge als {format} exportiert nach {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Jahr</translation>
    </message>
    <message>
        <source>Show one week</source>
        <translation>Eine Woche zeigen</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Show one month</source>
        <translation>Einen Monat zeigen</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Voriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Show one year</source>
        <translation>Ein Jahr zeigen</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Voriges Jahr</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Nächstes Jahr</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Go to the period that includes today (Alt+Home)</source>
        <translation>Zum Zeitraum mit dem heutigen Tag (Alt+Pos1)</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Zu heute</translation>
    </message>
    <message>
        <source>last </source>
        <translation>letzte </translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>Weeks in the visit report</source>
        <translation>Wochen im Arztbericht</translation>
    </message>
    <message>
        <source>How many weeks, up to this one, the visit report covers</source>
        <translation>Wie viele Wochen bis einschließlich dieser der Arztbericht umfasst</translation>
    </message>
    <message>
        <source>Visit &amp;report…</source>
        <translation>Arzt&amp;bericht …</translation>
    </message>
    <message>
        <source>Save a visit report as PDF</source>
        <translation>Einen Arztbericht als PDF speichern</translation>
    </message>
    <message>
        <source>A PDF for your doctor or physiotherapist</source>
        <translation>Ein PDF für Ihre Ärztin, Ihren Arzt oder Ihre Physiotherapie</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Export the whole log as CSV or JSON</source>
        <translation>Das ganze Protokoll als CSV oder JSON exportieren</translation>
    </message>
    <message>
        <source>Pain note</source>
        <translation>Hinweis zu Schmerzen</translation>
    </message>
    <message>
        <source>When to see a &amp;doctor</source>
        <translation>Wann zum &amp;Arzt?</translation>
    </message>
    <message>
        <source>When to see a doctor: warning signs</source>
        <translation>Wann zum Arzt: Warnzeichen</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Events of the selected day</source>
        <translation>Ereignisse des gewählten Tages</translation>
    </message>
    <message>
        <source>Minutes of exercise chart</source>
        <translation>Diagramm Übungsminuten</translation>
    </message>
    <message>
        <source>Breaks taken chart</source>
        <translation>Diagramm gemachte Pausen</translation>
    </message>
    <message>
        <source>Pain before and after chart</source>
        <translation>Diagramm Schmerz vorher und nachher</translation>
    </message>
    <message>
        <source>Walks chart</source>
        <translation>Diagramm Spaziergänge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The history could not be read: {error}</source>
        <translation>Der Verlauf konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Showing {range}</source>
        <translation>Angezeigt: {range}</translation>
    </message>
    <message>
        <source>Nothing logged yet: sessions, breaks and walks appear here as you use Coach.</source>
        <translation>Noch nichts festgehalten: Einheiten, Pausen und Spaziergänge erscheinen hier, sobald Sie Coach benutzen.</translation>
    </message>
    <message>
        <source>No days to show in this period yet.</source>
        <translation>Für diesen Zeitraum gibt es noch keine Tage.</translation>
    </message>
    <message>
        <source>{day}: cannot be read ({error})</source>
        <translation>{day}: kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>{day} — nothing logged on this day</source>
        <translation>{day} – an diesem Tag nichts eingetragen</translation>
    </message>
    <message>
        <source>Minutes of exercise per month</source>
        <translation>Übungsminuten pro Monat</translation>
    </message>
    <message>
        <source>Minutes of exercise per day</source>
        <translation>Übungsminuten pro Tag</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>No exercise logged in this period</source>
        <translation>Keine Übungen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Breaks taken when due, per month (%)</source>
        <translation>Fällige Pausen gemacht, pro Monat (%)</translation>
    </message>
    <message>
        <source>Breaks taken when due, per week (%)</source>
        <translation>Fällige Pausen gemacht, pro Woche (%)</translation>
    </message>
    <message>
        <source>Breaks taken (%)</source>
        <translation>Pausen gemacht (%)</translation>
    </message>
    <message>
        <source>Breaks taken</source>
        <translation>Pausen gemacht</translation>
    </message>
    <message>
        <source>No breaks were due in this period</source>
        <translation>Keine fälligen Pausen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Walks per month</source>
        <translation>Spaziergänge pro Monat</translation>
    </message>
    <message>
        <source>Walks per week</source>
        <translation>Spaziergänge pro Woche</translation>
    </message>
    <message>
        <source>Walks</source>
        <translation>Spaziergänge</translation>
    </message>
    <message>
        <source>No walks logged in this period</source>
        <translation>Keine Spaziergänge in diesem Zeitraum</translation>
    </message>
    <message>
        <source>walks</source>
        <translation>Spaziergänge</translation>
    </message>
    <message>
        <source>About your pain</source>
        <translation>Zu Ihren Schmerzen</translation>
    </message>
    <message>
        <source>Save the visit report</source>
        <translation>Arztbericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export the session log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Der Bericht wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>{path} konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>The log was not exported</source>
        <translation>Das Protokoll wurde nicht exportiert</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Next movement break</source>
        <translation>Nächste Bewegungspause</translation>
    </message>
    <message>
        <source>Next walk</source>
        <translation>Nächster Spaziergang</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Today&apos;s plan</source>
        <translation>Plan für heute</translation>
    </message>
    <message>
        <source>Start a routine</source>
        <translation>Ein Programm starten</translation>
    </message>
    <message>
        <source>Other breaks</source>
        <translation>Andere Pausen</translation>
    </message>
    <message>
        <source>Other versions</source>
        <translation>Andere Fassungen</translation>
    </message>
    <message>
        <source>Next in turn: the desk breaks take turns through the day.</source>
        <translation>Als Nächste an der Reihe: Die Schreibtischpausen wechseln sich über den Tag ab.</translation>
    </message>
    <message>
        <source>Start {name}, {duration}</source>
        <translation>{name} starten, {duration}</translation>
    </message>
    <message>
        <source>No walk planned today</source>
        <translation>Heute kein Spaziergang geplant</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Noch nichts</translation>
    </message>
    <message>
        <source>Nothing planned today.</source>
        <translation>Heute ist nichts geplant.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Routine: {name}, {details}</source>
        <translation>Programm: {name}, {details}</translation>
    </message>
    <message>
        <source>Exercise: {name}, {details}</source>
        <translation>Übung: {name}, {details}</translation>
    </message>
</context>
<context>
    <name>LibraryText</name>
    <message>
        <source>floor work</source>
        <translation>am Boden</translation>
    </message>
    <message>
        <source>no floor work</source>
        <translation>nicht am Boden</translation>
    </message>
    <message>
        <source> · yours</source>
        <translation> · eigene</translation>
    </message>
    <message>
        <source>bends backward</source>
        <translation>beugt nach hinten</translation>
    </message>
    <message>
        <source>bends forward</source>
        <translation>beugt nach vorn</translation>
    </message>
    <message>
        <source>back stays neutral</source>
        <translation>Rücken bleibt gerade</translation>
    </message>
    <message>
        <source>{duration} in all</source>
        <translation>{duration} insgesamt</translation>
    </message>
    <message>
        <source>Targets: {list}</source>
        <translation>Ziel: {list}</translation>
    </message>
    <message>
        <source>You need: {list}</source>
        <translation>Sie brauchen: {list}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Vorsicht</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be loaded:</source>
        <translation>
            <numerusform>%n Datei konnte nicht geladen werden:</numerusform>
            <numerusform>%n Dateien konnten nicht geladen werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Your own exercise, from {path}</source>
        <translation>Ihre eigene Übung, aus {path}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{duration}&lt;/b&gt; in all, counting the get-ready and change-over time</source>
        <translation>&lt;b&gt;{duration}&lt;/b&gt; insgesamt, mit der Zeit zum Vorbereiten und Wechseln</translation>
    </message>
    <message>
        <source>Your own routine, from {path}</source>
        <translation>Ihr eigenes Programm, aus {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Routines: movement breaks</source>
        <translation>Programme: Bewegungspausen</translation>
    </message>
    <message>
        <source>Routines: warm-ups</source>
        <translation>Programme: Aufwärmen</translation>
    </message>
    <message>
        <source>Routines: during a walk</source>
        <translation>Programme: beim Spaziergang</translation>
    </message>
    <message>
        <source>Routines: heat</source>
        <translation>Programme: Wärme</translation>
    </message>
    <message>
        <source>Routines: sessions</source>
        <translation>Programme: Einheiten</translation>
    </message>
    <message>
        <source>Search names, targets and steps…</source>
        <translation>Namen, Ziele und Schritte durchsuchen …</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Jede Position</translation>
    </message>
    <message>
        <source>No floor work</source>
        <translation>Nicht am Boden</translation>
    </message>
    <message>
        <source>Kind or purpose</source>
        <translation>Art oder Zweck</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Exercises: {kind}</source>
        <translation>Übungen: {kind}</translation>
    </message>
    <message>
        <source>Hide backward bending</source>
        <translation>Rückbeugen ausblenden</translation>
    </message>
    <message>
        <source>For people whose leg pain gets worse when they bend backward</source>
        <translation>Für Menschen, deren Beinschmerzen beim Zurückbeugen stärker werden</translation>
    </message>
    <message>
        <source>Hide forward bending</source>
        <translation>Vorbeugen ausblenden</translation>
    </message>
    <message>
        <source>For people whose back or leg pain gets worse when they bend forward</source>
        <translation>Für alle, deren Rücken- oder Beinschmerzen beim Vorbeugen stärker werden</translation>
    </message>
    <message>
        <source>Exercises and routines</source>
        <translation>Übungen und Programme</translation>
    </message>
    <message>
        <source>Open my exercises folder</source>
        <translation>Meinen Übungsordner öffnen</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} von {total} angezeigt</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Today</source>
        <translation>H&amp;eute</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Safety</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Coach</source>
        <translation>&amp;Coach</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>When to see a &amp;doctor</source>
        <translation>Wann zum &amp;Arzt?</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>{value} of 10 (no pain)</source>
        <translation>{value} von 10 (kein Schmerz)</translation>
    </message>
    <message>
        <source>{value} of 10 (worst pain imaginable)</source>
        <translation>{value} von 10 (schlimmster vorstellbarer Schmerz)</translation>
    </message>
    <message>
        <source>{value} of 10</source>
        <translation>{value} von 10</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Work starts (until {time})</source>
        <translation>Arbeitsbeginn (bis {time})</translation>
    </message>
    <message>
        <source>Work ends</source>
        <translation>Arbeitsende</translation>
    </message>
    <message>
        <source>Heat pack on for tomorrow&apos;s {time} walk</source>
        <translation>Wärmekissen auflegen für den Spaziergang morgen um {time}</translation>
    </message>
    <message>
        <source>Heat pack on for the {time} walk</source>
        <translation>Wärmekissen auflegen für den Spaziergang um {time}</translation>
    </message>
    <message>
        <source>Warm up for tomorrow&apos;s {time} walk: {routine}</source>
        <translation>Aufwärmen für den Spaziergang morgen um {time}: {routine}</translation>
    </message>
    <message>
        <source>Warm up for the {time} walk: {routine}</source>
        <translation>Aufwärmen für den Spaziergang um {time}: {routine}</translation>
    </message>
    <message>
        <source>Walk for {minutes} min</source>
        <translation>{minutes} Min. spazieren gehen</translation>
    </message>
    <message>
        <source>({time} does not exist today: the clocks go forward, so the walk is at {valid})</source>
        <translation>({time} gibt es heute nicht: Die Uhren werden vorgestellt, der Spaziergang ist daher um {valid})</translation>
    </message>
    <message>
        <source>(get ready the evening before)</source>
        <translation>(Vorbereitung am Vorabend)</translation>
    </message>
</context>
<context>
    <name>PlayerWindow</name>
    <message>
        <source>{routine} — Coach</source>
        <translation>{routine} – Coach</translation>
    </message>
    <message>
        <source>Player: {routine}</source>
        <translation>Übungsfenster: {routine}</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>Fortschritt des Programms</translation>
    </message>
    <message>
        <source>Back pain before starting, 0 to 10 (optional)</source>
        <translation>Rückenschmerz vor dem Start, 0 bis 10 (freiwillig)</translation>
    </message>
    <message>
        <source>How does your back feel right now? 0 = no pain, 10 = worst imaginable</source>
        <translation>Wie fühlt sich Ihr Rücken gerade an? 0 = kein Schmerz, 10 = schlimmster vorstellbarer Schmerz</translation>
    </message>
    <message>
        <source>Back pain &amp;before:</source>
        <translation>Rückenschmerz &amp;vorher:</translation>
    </message>
    <message>
        <source>Exercise picture</source>
        <translation>Bild der Übung</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Vorsichtshinweise</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Previous step (Left arrow)</source>
        <translation>Vorheriger Schritt (Pfeil links)</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Zurück zum vorherigen Schritt</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Skip ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Next step (Right arrow)</source>
        <translation>Nächster Schritt (Pfeil rechts)</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Zum nächsten Schritt springen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>End the session (Esc)</source>
        <translation>Die Einheit beenden (Esc)</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Die Einheit beenden</translation>
    </message>
    <message>
        <source>Stop — this hurts</source>
        <translation>Stopp – das tut weh</translation>
    </message>
    <message>
        <source>Stop, this hurts</source>
        <translation>Stopp, das tut weh</translation>
    </message>
    <message>
        <source>Ends the session, records it as stopped for pain and shows when to see a doctor</source>
        <translation>Beendet die Einheit, trägt sie als wegen Schmerzen abgebrochen ein und zeigt, wann Sie zum Arzt sollten</translation>
    </message>
    <message>
        <source>Back pain now</source>
        <translation>Rückenschmerz jetzt</translation>
    </message>
    <message>
        <source>A note for your log (optional)</source>
        <translation>Eine Notiz für Ihr Protokoll (freiwillig)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Speichern und schließen</translation>
    </message>
    <message>
        <source>Close without rating</source>
        <translation>Ohne Bewertung schließen</translation>
    </message>
    <message>
        <source>How does your back feel now? (optional; 0 = no pain, 10 = worst imaginable)</source>
        <translation>Wie fühlt sich Ihr Rücken jetzt an? (freiwillig; 0 = kein Schmerz, 10 = schlimmster vorstellbarer Schmerz)</translation>
    </message>
    <message>
        <source>Session stopped. Rest in a comfortable position. Pain that eases within a few minutes is common; the signs below are not, and need a doctor.</source>
        <translation>Einheit beendet. Ruhen Sie sich in einer bequemen Haltung aus. Schmerzen, die innerhalb weniger Minuten nachlassen, sind häufig; die Zeichen unten sind es nicht und gehören ärztlich abgeklärt.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Einheit beenden?</translation>
    </message>
    <message>
        <source>Stop now? What you have done so far is saved.</source>
        <translation>Jetzt beenden? Was Sie bisher gemacht haben, wird gespeichert.</translation>
    </message>
    <message>
        <source>Exercise {number} of {count}</source>
        <translation>Übung {number} von {count}</translation>
    </message>
    <message>
        <source>Next: done</source>
        <translation>Als Nächstes: fertig</translation>
    </message>
    <message>
        <source>Next: {exercise} · {dose}</source>
        <translation>Als Nächstes: {exercise} · {dose}</translation>
    </message>
    <message>
        <source>Next: {what}</source>
        <translation>Als Nächstes: {what}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>{left} left of {total}</source>
        <translation>noch {left} von {total}</translation>
    </message>
    <message>
        <source>Heat done</source>
        <translation>Wärme fertig</translation>
    </message>
    <message>
        <source>{done} with the heat pack. Take it off now; your walk is next. Your session is saved.</source>
        <translation>{done} mit dem Wärmekissen. Nehmen Sie es jetzt ab; als Nächstes kommt Ihr Spaziergang. Ihre Einheit ist gespeichert.</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Teilweise gemacht</translation>
    </message>
    <message>
        <source>You did {done} of the {total} of {routine}; the rest was skipped. That is saved as a partial session.</source>
        <translation>Sie haben {done} der {total} von {routine} gemacht, der Rest wurde übersprungen. Das ist als Teil-Einheit gespeichert.</translation>
    </message>
    <message>
        <source>This session cannot be saved to your log</source>
        <translation>Diese Einheit kann nicht in Ihrem Protokoll gespeichert werden</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>nicht gemacht</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>{routine} complete: {total}. Your session is saved.</source>
        <translation>{routine} geschafft: {total}. Ihre Einheit ist gespeichert.</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>You did {done} of {routine}. That is saved as a partial session.</source>
        <translation>Sie haben {done} von {routine} gemacht. Das ist als Teil-Einheit gespeichert.</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>a movement break</source>
        <translation>eine Bewegungspause</translation>
    </message>
    <message>
        <source>Movement break soon</source>
        <translation>Gleich Bewegungspause</translation>
    </message>
    <message>
        <source>In {time}: {routine}. Finish what you are doing.</source>
        <translation>In {time}: {routine}. Bringen Sie zu Ende, was Sie gerade tun.</translation>
    </message>
    <message>
        <source>You have been sitting for {sitting}. Stand up for &lt;b&gt;{routine}&lt;/b&gt; ({duration}): {summary}</source>
        <translation>Seit {sitting} sitzen Sie. Stehen Sie auf – Zeit für &lt;b&gt;{routine}&lt;/b&gt; ({duration}): {summary}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Later ({duration})</source>
        <translation>Später ({duration})</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>Sitting for {sitting}. Time for {routine} ({duration}).</source>
        <translation>Seit {sitting} sitzen Sie. Zeit für {routine} ({duration}).</translation>
    </message>
    <message>
        <source>Movement break</source>
        <translation>Bewegungspause</translation>
    </message>
    <message>
        <source>{time}, in {left}</source>
        <translation>{time}, in {left}</translation>
    </message>
    <message>
        <source>10 to 15 minutes</source>
        <translation>10 bis 15 Minuten</translation>
    </message>
    <message>
        <source>Heat pack before your walk</source>
        <translation>Wärmekissen vor dem Spaziergang</translation>
    </message>
    <message>
        <source>Your walk is at {time}. Warm a heat pack and put it on your lower back now, over a layer of cloth, for about {minutes}. Coach times it for you.</source>
        <translation>Ihr Spaziergang ist um {time}. Wärmen Sie jetzt ein Wärmekissen auf und legen Sie es über einer Stofflage auf den unteren Rücken, für etwa {minutes}. Coach misst die Zeit für Sie.</translation>
    </message>
    <message>
        <source>Start heat timer</source>
        <translation>Wärme-Timer starten</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <source>Heat pack on now for your {time} walk.</source>
        <translation>Jetzt Wärmekissen auflegen für Ihren Spaziergang um {time}.</translation>
    </message>
    <message>
        <source>a short warm-up</source>
        <translation>ein kurzes Aufwärmen</translation>
    </message>
    <message>
        <source>There is time for {left} of it: do what fits and stop when it is time to go.</source>
        <translation>Es bleibt Zeit für {left} davon: Machen Sie, was hineinpasst, und hören Sie auf, wenn es Zeit zum Gehen ist.</translation>
    </message>
    <message>
        <source>Warm up for your walk</source>
        <translation>Aufwärmen für den Spaziergang</translation>
    </message>
    <message>
        <source>Coach was closed during your walk of {day} from {start}; it is logged until {end}, its planned end or the restart, if sooner. Correct the minutes if they are wrong.</source>
        <translation>Coach wurde während Ihres Spaziergangs am {day} ab {start} beendet; er ist bis {end} eingetragen, dem geplanten Ende oder dem Neustart, falls früher. Korrigieren Sie die Minuten, wenn sie nicht stimmen.</translation>
    </message>
    <message>
        <source>Your walk is at {time}. Loosen your back and hips first: &lt;b&gt;{routine}&lt;/b&gt;{length}.</source>
        <translation>Ihr Spaziergang ist um {time}. Lockern Sie vorher Rücken und Hüften: &lt;b&gt;{routine}&lt;/b&gt;{length}.</translation>
    </message>
    <message>
        <source>Start warm-up</source>
        <translation>Aufwärmen starten</translation>
    </message>
    <message>
        <source>{routine}{length} before your {time} walk.</source>
        <translation>{routine}{length} vor Ihrem Spaziergang um {time}.</translation>
    </message>
    <message>
        <source>Time for your walk</source>
        <translation>Zeit für Ihren Spaziergang</translation>
    </message>
    <message>
        <source>Your {minutes}-minute walk is now. As you go:</source>
        <translation>Jetzt ist Ihr {minutes}-Minuten-Spaziergang dran. Unterwegs:</translation>
    </message>
    <message>
        <source>I&apos;m going now</source>
        <translation>Ich gehe jetzt</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Heute auslassen</translation>
    </message>
    <message>
        <source>Your {minutes}-minute walk is now. Walk tall, arms swinging, knees soft.</source>
        <translation>Jetzt ist Ihr {minutes}-Minuten-Spaziergang dran. Aufrecht gehen, Arme schwingen lassen, Knie locker.</translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>Ich bin zurück</translation>
    </message>
    <message>
        <source>Going for a walk</source>
        <translation>Ich gehe spazieren</translation>
    </message>
    <message>
        <source>Coach will ask how it went when you are back. Say so with “I&apos;m back”; the walk ends by itself at {time}.</source>
        <translation>Coach fragt, wie es war, wenn Sie zurück sind. Sagen Sie es mit „Ich bin zurück“; der Spaziergang endet von selbst um {time}.</translation>
    </message>
    <message>
        <source>Enjoy your walk</source>
        <translation>Viel Freude beim Spaziergang</translation>
    </message>
    <message>
        <source>Your walk from {start} was ended at its planned end, {end}, as Coach did not see you come back. Correct the minutes if they are wrong.</source>
        <translation>Ihr Spaziergang ab {start} wurde zum geplanten Ende um {end} beendet, weil Coach Ihre Rückkehr nicht bemerkt hat. Korrigieren Sie die Minuten, wenn sie nicht stimmen.</translation>
    </message>
</context>
<context>
    <name>PresenterText</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <source>Movement breaks</source>
        <translation>Bewegungspausen</translation>
    </message>
    <message>
        <source>Warm-ups</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>During a walk</source>
        <translation>Beim Spaziergang</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Coach — back care report</source>
        <translation>Coach – Bericht zur Rückenpflege</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Walks</source>
        <translation>Spazier­gänge</translation>
    </message>
    <message>
        <source>All weeks</source>
        <translation>Alle Wochen</translation>
    </message>
    <message>
        <source>There are not enough pain ratings in this period to see a trend.</source>
        <translation>Für einen Trend gibt es in diesem Zeitraum zu wenige Schmerzbewertungen.</translation>
    </message>
    <message>
        <source>Pain ratings were rising over the period ({slope} points a week).</source>
        <translation>Die Schmerzbewertungen sind im Zeitraum gestiegen ({slope} Punkte pro Woche).</translation>
    </message>
    <message>
        <source>Pain ratings were falling over the period ({slope} points a week).</source>
        <translation>Die Schmerzbewertungen sind im Zeitraum gesunken ({slope} Punkte pro Woche).</translation>
    </message>
    <message>
        <source>Pain ratings were steady over the period ({slope} points a week).</source>
        <translation>Die Schmerzbewertungen sind im Zeitraum gleich geblieben ({slope} Punkte pro Woche).</translation>
    </message>
    <message>
        <source>{sessions} exercise sessions, {total} in all (about {minutes} minutes a week).</source>
        <translation>{sessions} Übungseinheiten, insgesamt {total} (etwa {minutes} Minuten pro Woche).</translation>
    </message>
    <message>
        <source>Movement breaks taken when due: {rate}; {postponed} postponed, {natural} natural breaks away from the desk.</source>
        <translation>Fällige Bewegungspausen gemacht: {rate}; {postponed} verschoben, {natural} Pausen von selbst weg vom Schreibtisch.</translation>
    </message>
    <message>
        <source>{walks} walks (about {per_week} a week).</source>
        <translation>{walks} Spaziergänge (etwa {per_week} pro Woche).</translation>
    </message>
    <message>
        <source>Sessions stopped because of pain: {count}.</source>
        <translation>Wegen Schmerzen abgebrochene Einheiten: {count}.</translation>
    </message>
    <message>
        <source>Average pain (0–10): {before} before sessions, {after} after.</source>
        <translation>Durchschnittlicher Schmerz (0–10): {before} vor den Einheiten, {after} danach.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Period:&lt;/b&gt; {start} to {end} (%n week(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Zeitraum:&lt;/b&gt; {start} bis {end} (%n Woche)</numerusform>
            <numerusform>&lt;b&gt;Zeitraum:&lt;/b&gt; {start} bis {end} (%n Wochen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Made by Coach on {date} from the person&apos;s own session log.</source>
        <translation>Von Coach am {date} aus dem eigenen Übungsprotokoll der Person erstellt.</translation>
    </message>
    <message>
        <source>Sessions stopped because of pain</source>
        <translation>Wegen Schmerzen abgebrochene Einheiten</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Keine in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>{day}, {time} — {routine}: stopped after {done} of {planned}</source>
        <translation>{day}, {time} – {routine}: abgebrochen nach {done} von {planned}</translation>
    </message>
    <message>
        <source>; pain {before} → {after}</source>
        <translation>; Schmerz {before} → {after}</translation>
    </message>
    <message>
        <source>Sessions stopped because of pain ({count})</source>
        <translation>Wegen Schmerzen abgebrochene Einheiten ({count})</translation>
    </message>
    <message numerus="yes">
        <source>… and %n earlier one(s), not listed here (they are all in the log).</source>
        <translation>
            <numerusform>… und %n frühere, hier nicht aufgeführt (sie stehen alle im Protokoll).</numerusform>
            <numerusform>… und %n frühere, hier nicht aufgeführt (sie stehen alle im Protokoll).</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions to ask at your visit</source>
        <translation>Fragen für Ihren Termin</translation>
    </message>
    <message>
        <source>Space for your own questions and the answers:</source>
        <translation>Platz für Ihre eigenen Fragen und die Antworten:</translation>
    </message>
    <message>
        <source>Nothing to report yet</source>
        <translation>Noch nichts zu berichten</translation>
    </message>
    <message numerus="yes">
        <source>No exercise sessions, movement breaks or walks were logged in these %n week(s), so there are no numbers or charts to show.</source>
        <translation>
            <numerusform>In dieser %n Woche wurden keine Übungseinheiten, Bewegungspausen oder Spaziergänge festgehalten, daher gibt es keine Zahlen oder Diagramme.</numerusform>
            <numerusform>In diesen %n Wochen wurden keine Übungseinheiten, Bewegungspausen oder Spaziergänge festgehalten, daher gibt es keine Zahlen oder Diagramme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coach logs each session, break and walk as it happens. Make a new report once it has been used for a few weeks; it then shows how often the exercises were done, how many breaks were taken and how pain changed.</source>
        <translation>Coach hält jede Einheit, Pause und jeden Spaziergang fest, sobald sie stattfinden. Erstellen Sie einen neuen Bericht, wenn Coach einige Wochen benutzt wurde; er zeigt dann, wie oft geübt wurde, wie viele Pausen gemacht wurden und wie sich der Schmerz verändert hat.</translation>
    </message>
    <message>
        <source>Points are weekly averages of the ratings from 0 (no pain) to 10 (worst): before a session as a solid line with round markers, after it as a dashed line with square markers.</source>
        <translation>Die Punkte sind Wochenmittel der Bewertungen von 0 (kein Schmerz) bis 10 (am schlimmsten): vor einer Einheit als durchgezogene Linie mit runden Markern, danach als gestrichelte Linie mit eckigen Markern.</translation>
    </message>
    <message>
        <source>Points are each session&apos;s ratings from 0 (no pain) to 10 (worst): before a session as a solid line with round markers, after it as a dashed line with square markers.</source>
        <translation>Die Punkte sind die Bewertungen jeder Einheit von 0 (kein Schmerz) bis 10 (am schlimmsten): vor einer Einheit als durchgezogene Linie mit runden Markern, danach als gestrichelte Linie mit eckigen Markern.</translation>
    </message>
    <message>
        <source>The dotted line is the trend of the ratings after sessions ({slope} points a week).</source>
        <translation>Die gepunktete Linie ist der Trend der Bewertungen nach den Einheiten ({slope} Punkte pro Woche).</translation>
    </message>
    <message>
        <source>The dotted line is the trend of the ratings before sessions ({slope} points a week).</source>
        <translation>Die gepunktete Linie ist der Trend der Bewertungen vor den Einheiten ({slope} Punkte pro Woche).</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Schmerz vor und nach den Einheiten</translation>
    </message>
    <message>
        <source>Movement breaks taken when due, per week</source>
        <translation>Fällige Bewegungspausen gemacht, pro Woche</translation>
    </message>
    <message>
        <source>Breaks taken</source>
        <translation>Pausen gemacht</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>Weeks run Monday to Sunday; the last one ends today. Breaks taken: the movement breaks taken when due, out of those taken, skipped or left unanswered; postponed reminders count by how they finally ended. Stopped: sessions stopped because of pain. Pain is the person&apos;s own rating from 0 (none) to 10 (worst), averaged over the week.</source>
        <translation>Wochen laufen von Montag bis Sonntag; die letzte endet heute. Pausen gemacht: die fälligen Bewegungspausen, die gemacht wurden, von den gemachten, übersprungenen oder unbeantworteten; verschobene Erinnerungen zählen nach ihrem Ausgang. Abgebrochen: Einheiten, die wegen Schmerzen abgebrochen wurden. Schmerz ist die eigene Bewertung der Person von 0 (keiner) bis 10 (stärkster), gemittelt über die Woche.</translation>
    </message>
    <message>
        <source>% taken</source>
        <translation>% gemacht</translation>
    </message>
    <message>
        <source>No breaks were due in these weeks</source>
        <translation>In diesen Wochen waren keine Pausen fällig</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Coach is a self-care aid, not medical advice. It cannot examine you and does not replace a doctor or physiotherapist. Stop any exercise that causes new pain, or pain or tingling that spreads down your leg below the knee, and get it checked.</source>
        <translation>Coach ist eine Hilfe zur Selbsthilfe, keine medizinische Beratung. Es kann Sie nicht untersuchen und ersetzt weder Arzt noch Physiotherapie. Brechen Sie jede Übung ab, die neue Schmerzen auslöst oder bei der Schmerzen oder Kribbeln bis unter das Knie ins Bein ausstrahlen, und lassen Sie das abklären.</translation>
    </message>
    <message>
        <source>Move only into mild tension, never into pain, and never bounce.</source>
        <translation>Bewegen Sie sich nur bis zu einer leichten Spannung, nie in den Schmerz hinein, und federn Sie nie nach.</translation>
    </message>
    <message>
        <source>If an exercise makes your symptoms worse or brings on a new pain, stop that exercise.</source>
        <translation>Wenn eine Übung Ihre Beschwerden verstärkt oder einen neuen Schmerz auslöst, hören Sie mit dieser Übung auf.</translation>
    </message>
    <message>
        <source>If pain or tingling spreads down your leg below the knee, stop straight away.</source>
        <translation>Wenn Schmerzen oder Kribbeln bis unter das Knie ins Bein ausstrahlen, hören Sie sofort auf.</translation>
    </message>
    <message>
        <source>If the pain is severe while you try the exercises, stop and see a doctor.</source>
        <translation>Wenn die Schmerzen bei den Übungen stark sind, hören Sie auf und gehen Sie zum Arzt.</translation>
    </message>
    <message>
        <source>Most back pain is not serious and gets better within a few weeks. Some soreness while you move does not mean you are doing harm, and staying gently active helps you recover.</source>
        <translation>Die meisten Rückenschmerzen sind harmlos und bessern sich innerhalb weniger Wochen. Etwas Ziehen bei Bewegung heißt nicht, dass Sie sich schaden, und sanft aktiv zu bleiben hilft beim Gesundwerden.</translation>
    </message>
    <message>
        <source>Go to the emergency department now</source>
        <translation>Sofort in die Notaufnahme</translation>
    </message>
    <message>
        <source>Stop exercising. Call your local emergency number (such as 911, 999 or 112) or go straight to the nearest emergency department. Do not wait to see if it passes.</source>
        <translation>Hören Sie mit den Übungen auf. Rufen Sie den Notruf (in Europa 112) oder gehen Sie direkt in die nächste Notaufnahme. Warten Sie nicht ab, ob es von selbst vergeht.</translation>
    </message>
    <message>
        <source>New trouble peeing: you can&apos;t start or stop, you leak, or you can&apos;t tell when your bladder is full or empty.</source>
        <translation>Neue Probleme beim Wasserlassen: Sie können nicht anfangen oder aufhören, verlieren Urin oder spüren nicht, ob Ihre Blase voll oder leer ist.</translation>
    </message>
    <message>
        <source>New loss of bowel control, or not feeling when you need to open your bowels.</source>
        <translation>Neu verlorene Kontrolle über den Darm, oder Sie spüren nicht, wann Sie Stuhlgang haben müssen.</translation>
    </message>
    <message>
        <source>Pain, tingling, numbness or weakness in both legs.</source>
        <translation>Schmerzen, Kribbeln, Taubheit oder Schwäche in beiden Beinen.</translation>
    </message>
    <message>
        <source>New loss of sexual function, such as trouble getting an erection or ejaculating, or no feeling in your genitals.</source>
        <translation>Neue Störungen der Sexualfunktion, etwa Probleme mit der Erektion oder dem Samenerguss, oder kein Gefühl in den Genitalien.</translation>
    </message>
    <message>
        <source>If bending forward or backward makes your back or leg pain worse, tell Coach in Settings and it leaves out the exercises that bend that way.</source>
        <translation>Wenn Vorbeugen oder Zurückbeugen Ihre Rücken- oder Beinschmerzen verstärkt, geben Sie das in den Einstellungen an; Coach lässt dann die Übungen weg, die in diese Richtung beugen.</translation>
    </message>
    <message>
        <source>Back pain when you walk is common and usually treatable. It is usually not a reason to stop moving: keeping active, walking included, is one of the best things for a sore back.</source>
        <translation>Rückenschmerzen beim Gehen sind häufig und meist gut behandelbar. Sie sind meist kein Grund, mit der Bewegung aufzuhören: Aktiv zu bleiben, auch mit Spaziergängen, ist eines der besten Dinge für einen schmerzenden Rücken.</translation>
    </message>
    <message>
        <source>Numbness, tingling or a strange feeling in the saddle area: around your genitals, buttocks, inner thighs or back passage, for example not feeling the toilet paper when you wipe.</source>
        <translation>Taubheit, Kribbeln oder ein seltsames Gefühl im Reithosenbereich: an den Genitalien, am Gesäß, an den Innenseiten der Oberschenkel oder um den After, zum Beispiel wenn Sie das Toilettenpapier beim Abwischen nicht spüren.</translation>
    </message>
    <message>
        <source>Leg pain together with weakness: a leg that gives way or feels like jelly, new trouble walking, or a foot that drags or catches.</source>
        <translation>Beinschmerzen zusammen mit Schwäche: ein Bein, das nachgibt oder sich wie Pudding anfühlt, neue Probleme beim Gehen oder ein Fuß, der schleift oder hängen bleibt.</translation>
    </message>
    <message>
        <source>Sudden, severe pain in your back and belly together, especially if you are older, or if you also feel faint, sweaty or short of breath.</source>
        <translation>Plötzliche, starke Schmerzen in Rücken und Bauch zugleich, besonders wenn Sie älter sind oder sich dabei schwach, verschwitzt oder kurzatmig fühlen.</translation>
    </message>
    <message>
        <source>Back pain that started after a serious accident, fall or blow.</source>
        <translation>Rückenschmerzen, die nach einem schweren Unfall, Sturz oder Schlag begonnen haben.</translation>
    </message>
    <message>
        <source>Chest pain together with back pain.</source>
        <translation>Brustschmerzen zusammen mit Rückenschmerzen.</translation>
    </message>
    <message>
        <source>See a doctor today</source>
        <translation>Heute zum Arzt</translation>
    </message>
    <message>
        <source>Pause your exercises and get a same-day appointment with a doctor or an urgent care service (in the UK, for example, NHS 111).</source>
        <translation>Setzen Sie die Übungen aus und lassen Sie sich noch heute ärztlich untersuchen, in einer Praxis oder beim ärztlichen Bereitschaftsdienst (in Deutschland zum Beispiel unter 116 117).</translation>
    </message>
    <message>
        <source>Pain shooting down one leg (sciatica) that is severe or getting worse day by day.</source>
        <translation>Ins Bein einschießende Schmerzen auf einer Seite (Ischias), die stark sind oder von Tag zu Tag schlimmer werden.</translation>
    </message>
    <message>
        <source>A fever or high temperature, or feeling generally unwell, along with back pain.</source>
        <translation>Fieber oder erhöhte Temperatur oder ein allgemeines Krankheitsgefühl zusammen mit Rückenschmerzen.</translation>
    </message>
    <message>
        <source>Weight loss you can&apos;t explain.</source>
        <translation>Gewichtsverlust, den Sie sich nicht erklären können.</translation>
    </message>
    <message>
        <source>New back pain when you have had cancer.</source>
        <translation>Neue Rückenschmerzen, wenn Sie schon einmal Krebs hatten.</translation>
    </message>
    <message>
        <source>A lump or swelling on your back, or your back has changed shape.</source>
        <translation>Ein Knoten oder eine Schwellung am Rücken, oder Ihr Rücken hat seine Form verändert.</translation>
    </message>
    <message>
        <source>Pain that doesn&apos;t ease with rest, or is worse at night or when you lie down.</source>
        <translation>Schmerzen, die in Ruhe nicht nachlassen oder nachts oder im Liegen stärker sind.</translation>
    </message>
    <message>
        <source>Pain that gets worse when you sneeze, cough or go to the toilet.</source>
        <translation>Schmerzen, die beim Niesen, Husten oder auf der Toilette stärker werden.</translation>
    </message>
    <message>
        <source>Pain high up between your shoulder blades rather than in your lower back.</source>
        <translation>Schmerzen weit oben zwischen den Schulterblättern statt im unteren Rücken.</translation>
    </message>
    <message>
        <source>New back pain when you take steroids long term, have osteoporosis, or are older and have had even a small fall.</source>
        <translation>Neue Rückenschmerzen, wenn Sie über lange Zeit Kortison (Steroide) nehmen, Osteoporose haben oder älter sind und auch nur leicht gestürzt sind.</translation>
    </message>
    <message>
        <source>New back pain when your immune system is weakened, you inject drugs, or you have recently had an infection.</source>
        <translation>Neue Rückenschmerzen, wenn Ihr Immunsystem geschwächt ist, Sie Drogen spritzen oder kürzlich eine Infektion hatten.</translation>
    </message>
    <message>
        <source>Book a visit to a doctor or physiotherapist</source>
        <translation>Termin beim Arzt oder in der Physiotherapie vereinbaren</translation>
    </message>
    <message>
        <source>Make an appointment in the next few days. Meanwhile keep moving gently, and skip any exercise that brings the symptoms on.</source>
        <translation>Vereinbaren Sie in den nächsten Tagen einen Termin. Bleiben Sie bis dahin sanft in Bewegung und lassen Sie jede Übung weg, die die Beschwerden auslöst.</translation>
    </message>
    <message>
        <source>Pain that shoots from your back or buttock down one leg, often below the knee (sciatica), even when it is bearable.</source>
        <translation>Schmerzen, die vom Rücken oder Gesäß in ein Bein einschießen, oft bis unter das Knie (Ischias), auch wenn sie auszuhalten sind.</translation>
    </message>
    <message>
        <source>Numbness or tingling in one leg or foot, or in one hip.</source>
        <translation>Taubheit oder Kribbeln in einem Bein oder Fuß oder in einer Hüfte.</translation>
    </message>
    <message>
        <source>Take your natural stride, with your feet pointing forward and about as far apart as your shoulders.</source>
        <translation>Gehen Sie mit Ihrer natürlichen Schrittlänge, die Füße nach vorn gerichtet und etwa schulterbreit auseinander.</translation>
    </message>
    <message>
        <source>Land on your heel first, then roll through the rest of your foot.</source>
        <translation>Setzen Sie zuerst mit der Ferse auf und rollen Sie dann über den ganzen Fuß ab.</translation>
    </message>
    <message>
        <source>Spread your weight evenly over both feet, not onto the inner or outer edges.</source>
        <translation>Verteilen Sie Ihr Gewicht gleichmäßig auf beide Füße, nicht auf die Innen- oder Außenkanten.</translation>
    </message>
    <message>
        <source>Choose flat, soft or even ground, such as grass, a track or a treadmill, and avoid hills and rough ground while your back is sore.</source>
        <translation>Wählen Sie flachen, weichen oder ebenen Boden, etwa Gras, eine Laufbahn oder ein Laufband, und meiden Sie Steigungen und unebenes Gelände, solange Ihr Rücken schmerzt.</translation>
    </message>
    <message>
        <source>Back or leg pain that comes on every time after only a few minutes of walking and eases when you sit down or bend forward.</source>
        <translation>Rücken- oder Beinschmerzen, die jedes Mal schon nach wenigen Minuten Gehen einsetzen und nachlassen, wenn Sie sich setzen oder nach vorn beugen.</translation>
    </message>
    <message>
        <source>Severe pain or muscle spasms: pain that is there all the time, makes it hard to think, talk or sleep, or makes it very hard to move, get out of bed, wash or dress.</source>
        <translation>Starke Schmerzen oder Muskelkrämpfe: Schmerzen, die ständig da sind, das Denken, Sprechen oder Schlafen erschweren oder es sehr schwer machen, sich zu bewegen, aufzustehen, sich zu waschen oder anzuziehen.</translation>
    </message>
    <message>
        <source>New back pain when you are under 20 or over 55.</source>
        <translation>Neue Rückenschmerzen, wenn Sie jünger als 20 oder älter als 55 sind.</translation>
    </message>
    <message>
        <source>Back pain that is no better after about two weeks of gentle exercise.</source>
        <translation>Rückenschmerzen, die nach etwa zwei Wochen sanfter Bewegung nicht besser sind.</translation>
    </message>
    <message>
        <source>Walk tall, with your upper body upright rather than leaning forward or back.</source>
        <translation>Gehen Sie aufrecht, mit geradem Oberkörper, ohne sich nach vorn oder hinten zu lehnen.</translation>
    </message>
    <message>
        <source>Keep your head balanced on top of your spine and your eyes looking ahead.</source>
        <translation>Halten Sie den Kopf ausbalanciert über der Wirbelsäule und blicken Sie nach vorn.</translation>
    </message>
    <message>
        <source>Let your shoulders sit back and relaxed, in line with your neck.</source>
        <translation>Lassen Sie die Schultern locker nach hinten sinken, in einer Linie mit dem Nacken.</translation>
    </message>
    <message>
        <source>Let your arms swing freely at your sides, palms facing in.</source>
        <translation>Lassen Sie die Arme seitlich frei schwingen, die Handflächen nach innen.</translation>
    </message>
    <message>
        <source>Keep your knees soft, slightly bent rather than locked.</source>
        <translation>Halten Sie die Knie locker, leicht gebeugt statt durchgestreckt.</translation>
    </message>
    <message>
        <source>Wear supportive shoes that hold up your arches.</source>
        <translation>Tragen Sie stützende Schuhe, die das Fußgewölbe halten.</translation>
    </message>
    <message>
        <source>On a long walk, sit down for a short rest before the pain builds up.</source>
        <translation>Setzen Sie sich auf langen Spaziergängen kurz hin, bevor sich Schmerzen aufbauen.</translation>
    </message>
    <message>
        <source>Stop and sit down somewhere safe. Standing still is often not enough: sitting takes the load off your lower back.</source>
        <translation>Bleiben Sie stehen und setzen Sie sich an einer sicheren Stelle hin. Nur stehen zu bleiben reicht oft nicht: Im Sitzen wird der untere Rücken entlastet.</translation>
    </message>
    <message>
        <source>Lean forward while you sit, or bend forward toward your toes for 10 to 15 seconds, unless bending forward makes your pain worse.</source>
        <translation>Lehnen Sie sich im Sitzen nach vorn oder beugen Sie sich 10 bis 15 Sekunden Richtung Zehen, außer wenn Vorbeugen Ihre Schmerzen verstärkt.</translation>
    </message>
    <message>
        <source>Once you are back, a cold pack (or a bag of frozen peas wrapped in a cloth) or a warm pack on the sore spot can ease it.</source>
        <translation>Zurück zu Hause kann ein Kühlpack (oder eine in ein Tuch gewickelte Tüte Tiefkühlerbsen) oder ein Wärmekissen auf der schmerzenden Stelle Linderung bringen.</translation>
    </message>
    <message>
        <source>Ask a pharmacist which pain reliever, if any, is safe for you to take with your health and other medicines.</source>
        <translation>Fragen Sie in der Apotheke, ob und welches Schmerzmittel Sie bei Ihrer Gesundheit und Ihren anderen Medikamenten sicher nehmen können.</translation>
    </message>
    <message>
        <source>If your back or legs hurt every time after only a few minutes of walking, book a visit to a doctor.</source>
        <translation>Wenn Rücken oder Beine jedes Mal schon nach wenigen Minuten Gehen schmerzen, vereinbaren Sie einen Arzttermin.</translation>
    </message>
    <message>
        <source>Tired muscles</source>
        <translation>Ermüdete Muskeln</translation>
    </message>
    <message>
        <source>The muscles along your spine hold you upright with every step. After long hours of sitting they lose some strength and tire quickly. This is the most common reason, and regular movement helps most.</source>
        <translation>Die Muskeln entlang der Wirbelsäule halten Sie bei jedem Schritt aufrecht. Nach langem Sitzen verlieren sie etwas Kraft und ermüden schnell. Das ist der häufigste Grund, und regelmäßige Bewegung hilft am meisten.</translation>
    </message>
    <message>
        <source>Strains and sprains</source>
        <translation>Zerrungen und Verstauchungen</translation>
    </message>
    <message>
        <source>A muscle or ligament stretched too far, for example by starting too fast without warming up, can stay sore and flare up when you walk.</source>
        <translation>Ein überdehnter Muskel oder ein überdehntes Band, etwa nach einem zu schnellen Start ohne Aufwärmen, kann eine Weile schmerzen und beim Gehen wieder aufflammen.</translation>
    </message>
    <message>
        <source>Spinal stenosis</source>
        <translation>Spinalkanalstenose</translation>
    </message>
    <message>
        <source>With age the space for the nerves in the spine can narrow. Then standing and walking bring on pain or heavy legs, and sitting down or bending forward eases them, because bending forward opens the space again.</source>
        <translation>Mit dem Alter kann der Raum für die Nerven in der Wirbelsäule enger werden. Dann lösen Stehen und Gehen Schmerzen oder schwere Beine aus, und Hinsetzen oder Vorbeugen lindert sie, weil Vorbeugen den Raum wieder öffnet.</translation>
    </message>
    <message>
        <source>Sciatica</source>
        <translation>Ischias</translation>
    </message>
    <message>
        <source>When something in the lower back, often a bulging disc, presses on the sciatic nerve, pain shoots from the buttock down the leg. It often flares after walking or standing for a long time.</source>
        <translation>Wenn im unteren Rücken etwas, oft eine vorgewölbte Bandscheibe, auf den Ischiasnerv drückt, schießt der Schmerz vom Gesäß ins Bein. Er flammt oft nach langem Gehen oder Stehen auf.</translation>
    </message>
    <message>
        <source>A tight piriformis or psoas</source>
        <translation>Ein verspannter Piriformis oder Psoas</translation>
    </message>
    <message>
        <source>The piriformis is a deep buttock muscle; when it is tight it can press on the sciatic nerve. The psoas runs from the lower spine through the front of the hip and tightens with long sitting, pulling on the lower back. Stretching, and a physiotherapist or massage therapist, can loosen both.</source>
        <translation>Der Piriformis ist ein tiefer Gesäßmuskel; ist er verspannt, kann er auf den Ischiasnerv drücken. Der Psoas zieht von der unteren Wirbelsäule durch die Vorderseite der Hüfte, verkürzt sich bei langem Sitzen und zieht am unteren Rücken. Dehnen sowie Physiotherapie oder Massage können beide lockern.</translation>
    </message>
    <message>
        <source>Changes in the spine</source>
        <translation>Veränderungen der Wirbelsäule</translation>
    </message>
    <message>
        <source>Worn discs and arthritis are common and normal with age. They can make the back stiff and sore when you move, and staying strong and active helps.</source>
        <translation>Abgenutzte Bandscheiben und Arthrose sind häufig und im Alter normal. Sie können den Rücken bei Bewegung steif und schmerzhaft machen; kräftig und aktiv zu bleiben hilft.</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>Stress changes how you sit and move and how strongly you feel pain. Moving, and whatever helps you unwind, eases both.</source>
        <translation>Stress verändert, wie Sie sitzen und sich bewegen und wie stark Sie Schmerz empfinden. Bewegung und alles, was Ihnen beim Abschalten hilft, lindert beides.</translation>
    </message>
    <message>
        <source>If your lower back tightens on a walk, stop, bend forward toward your toes for 10 to 15 seconds, roll up slowly and carry on. If bending forward makes your leg pain worse, sit down and rest instead.</source>
        <translation>Wenn sich Ihr unterer Rücken beim Gehen verspannt, bleiben Sie stehen, beugen Sie sich 10 bis 15 Sekunden lang Richtung Zehen, rollen Sie sich langsam wieder auf und gehen Sie weiter. Wenn das Vorbeugen Ihre Beinschmerzen verstärkt, setzen Sie sich stattdessen hin und ruhen Sie sich aus.</translation>
    </message>
    <message>
        <source>Did you find anything in my examination that could explain this pain?</source>
        <translation>Haben Sie bei der Untersuchung etwas gefunden, das diese Schmerzen erklären könnte?</translation>
    </message>
    <message>
        <source>Would an X-ray or MRI scan be useful in my case?</source>
        <translation>Wäre in meinem Fall ein Röntgenbild oder eine MRT sinnvoll?</translation>
    </message>
    <message>
        <source>Could anything in my blood tests or other results be adding to the problem?</source>
        <translation>Könnte etwas in meinen Blutwerten oder anderen Befunden zu dem Problem beitragen?</translation>
    </message>
    <message>
        <source>Would physiotherapy help with my symptoms?</source>
        <translation>Würde Physiotherapie bei meinen Beschwerden helfen?</translation>
    </message>
    <message>
        <source>Which exercises are safe for me, and are there any I should avoid?</source>
        <translation>Welche Übungen sind für mich sicher, und gibt es welche, die ich meiden sollte?</translation>
    </message>
    <message>
        <source>How much walking is right for me while my back recovers?</source>
        <translation>Wie viel Gehen ist für mich richtig, solange sich mein Rücken erholt?</translation>
    </message>
    <message>
        <source>You have recorded pain of {worst} out of 10. Pain this strong is worth showing to a doctor or physiotherapist. Ease off any exercise that makes it worse, and check the warning signs in the safety list: if any apply, get help sooner.</source>
        <translation>Sie haben einen Schmerz von {worst} von 10 eingetragen. So starke Schmerzen sollten Sie ärztlich oder physiotherapeutisch abklären lassen. Nehmen Sie jede Übung zurück, die sie verstärkt, und prüfen Sie die Warnzeichen in der Sicherheitsliste: Trifft eines zu, holen Sie früher Hilfe.</translation>
    </message>
    <message>
        <source>Your recent pain ratings have been going up. It would be worth booking a visit to a doctor or physiotherapist to look at it. Until then, keep moving gently and skip any exercise that makes the pain worse.</source>
        <translation>Ihre Schmerzbewertungen sind zuletzt gestiegen. Es wäre sinnvoll, einen Termin beim Arzt oder in der Physiotherapie zu vereinbaren, um das abklären zu lassen. Bleiben Sie bis dahin sanft in Bewegung und lassen Sie jede Übung weg, die die Schmerzen verstärkt.</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Bald</translation>
    </message>
    <message>
        <source>While you exercise</source>
        <translation>Während der Übungen</translation>
    </message>
    <message>
        <source>Warning signs that need a doctor</source>
        <translation>Warnzeichen, die ärztlich abgeklärt werden müssen</translation>
    </message>
    <message>
        <source>Walking with a sore back</source>
        <translation>Gehen mit schmerzendem Rücken</translation>
    </message>
    <message>
        <source>If pain starts on a walk</source>
        <translation>Wenn beim Spaziergang Schmerzen beginnen</translation>
    </message>
    <message>
        <source>Why your back may hurt when you walk</source>
        <translation>Warum der Rücken beim Gehen schmerzen kann</translation>
    </message>
    <message>
        <source>Questions to ask your doctor</source>
        <translation>Fragen für Ihren Arzttermin</translation>
    </message>
</context>
<context>
    <name>SafetyView</name>
    <message>
        <source>Safety guidance</source>
        <translation>Sicherheitshinweise</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>Outside working hours</source>
        <translation>Außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>On a walk</source>
        <translation>Beim Spaziergang</translation>
    </message>
    <message>
        <source>Taking a break</source>
        <translation>In der Pause</translation>
    </message>
    <message>
        <source>Time for a movement break</source>
        <translation>Zeit für eine Bewegungspause</translation>
    </message>
    <message>
        <source>A break is waiting for the full-screen window to close</source>
        <translation>Eine Pause wartet, bis das Vollbildfenster geschlossen ist</translation>
    </message>
    <message>
        <source>Paused until {when}</source>
        <translation>Pausiert bis {when}</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message>
        <source>Next break in {when} (reading mode)</source>
        <translation>Nächste Pause in {when} (Lesemodus)</translation>
    </message>
    <message>
        <source>Next break in {when}</source>
        <translation>Nächste Pause in {when}</translation>
    </message>
    <message>
        <source>tomorrow {time}</source>
        <translation>morgen {time}</translation>
    </message>
    <message>
        <source>{weekday} {time}</source>
        <translation>{weekday} {time}</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Your sessions cannot be saved: {error}</source>
        <translation>Ihre Einheiten können nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <source>it failed the integrity check: {detail}</source>
        <translation>es die Integritätsprüfung nicht bestanden hat ({detail})</translation>
    </message>
    <message>
        <source>it is not a Coach session log</source>
        <translation>es kein Protokoll von Coach ist</translation>
    </message>
    <message>
        <source>some of its tables are missing</source>
        <translation>ihm einige Tabellen fehlen</translation>
    </message>
    <message>
        <source>some of its tables lack columns Coach needs</source>
        <translation>einigen seiner Tabellen Spalten fehlen, die Coach braucht</translation>
    </message>
    <message>
        <source>it is damaged ({error})</source>
        <translation>es beschädigt ist ({error})</translation>
    </message>
    <message>
        <source>The session log could not be read because {reason}. It was kept as {aside} and a new, empty log was started at {path}.</source>
        <translation>Ihr Protokoll konnte nicht gelesen werden, weil {reason}. Die Datei wurde als {aside} aufbewahrt, und unter {path} wurde ein neues, leeres Protokoll angelegt.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>A notification only</source>
        <translation>Nur eine Benachrichtigung</translation>
    </message>
    <message>
        <source>A small window with Start, Later and Skip</source>
        <translation>Ein kleines Fenster mit Starten, Später und Auslassen</translation>
    </message>
    <message>
        <source>A full-screen reminder</source>
        <translation>Eine Erinnerung über den ganzen Bildschirm</translation>
    </message>
    <message>
        <source>off</source>
        <translation>frei</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Coach settings</source>
        <translation>Coach-Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Pausen</translation>
    </message>
    <message>
        <source>Working &amp;hours</source>
        <translation>&amp;Arbeitszeit</translation>
    </message>
    <message>
        <source>&amp;Walks</source>
        <translation>&amp;Spaziergänge</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>A&amp;llgemein</translation>
    </message>
    <message>
        <source>Problem with a setting</source>
        <translation>Problem mit einer Einstellung</translation>
    </message>
    <message>
        <source>Changes apply and are saved as you make them.</source>
        <translation>Änderungen gelten sofort und werden gleich gespeichert.</translation>
    </message>
    <message>
        <source>Break after this much sitting</source>
        <translation>Pause nach so viel Sitzen</translation>
    </message>
    <message>
        <source>Break routine</source>
        <translation>Pausenprogramm</translation>
    </message>
    <message>
        <source>How a break asks</source>
        <translation>Wie eine Pause fragt</translation>
    </message>
    <message>
        <source>Heads-up before a break</source>
        <translation>Vorwarnung vor einer Pause</translation>
    </message>
    <message>
        <source>No heads-up</source>
        <translation>Keine Vorwarnung</translation>
    </message>
    <message>
        <source>Postpone by</source>
        <translation>Verschieben um</translation>
    </message>
    <message>
        <source>Postpones allowed per break</source>
        <translation>Erlaubtes Verschieben pro Pause</translation>
    </message>
    <message>
        <source>Away after this long without input</source>
        <translation>Abwesend nach so langer Zeit ohne Eingabe</translation>
    </message>
    <message>
        <source>Break after &amp;sitting for</source>
        <translation>Pause nach Sit&amp;zen von</translation>
    </message>
    <message>
        <source>Break &amp;routine</source>
        <translation>Pausenprogra&amp;mm</translation>
    </message>
    <message>
        <source>Desk breaks take turns through the day, starting with this one.</source>
        <translation>Die Schreibtischpausen wechseln sich über den Tag ab, beginnend mit dieser.</translation>
    </message>
    <message>
        <source>&amp;Ask with</source>
        <translation>&amp;Fragen mit</translation>
    </message>
    <message>
        <source>&amp;Heads-up</source>
        <translation>&amp;Vorwarnung</translation>
    </message>
    <message>
        <source>&amp;Postpone by</source>
        <translation>Verschieben &amp;um</translation>
    </message>
    <message>
        <source>Postpones &amp;allowed</source>
        <translation>&amp;Erlaubtes Verschieben</translation>
    </message>
    <message>
        <source>Count me a&amp;way after</source>
        <translation>A&amp;bwesend nach</translation>
    </message>
    <message>
        <source>Being away from the keyboard for that long counts as a break and restarts the sitting time.</source>
        <translation>So lange weg von der Tastatur zählt als Pause und startet die Sitzzeit neu.</translation>
    </message>
    <message>
        <source>What this desktop tells Coach</source>
        <translation>Was dieser Desktop Coach mitteilt</translation>
    </message>
    <message>
        <source>{day} working hours</source>
        <translation>Arbeitszeit am {day}</translation>
    </message>
    <message>
        <source>e.g. 09:00-17:30, or 08:00-12:00, 13:00-17:00 for a split day; empty for none</source>
        <translation>z. B. 09:00-17:30, oder 08:00-12:00, 13:00-17:00 für einen geteilten Tag; leer für keine</translation>
    </message>
    <message>
        <source>Coach prompts only within these hours. Leave a day empty for none.</source>
        <translation>Coach erinnert nur innerhalb dieser Zeiten. Lassen Sie einen Tag leer, wenn Sie nicht arbeiten.</translation>
    </message>
    <message>
        <source>Planned walks</source>
        <translation>Geplante Spaziergänge</translation>
    </message>
    <message>
        <source>&amp;Add a walk</source>
        <translation>Spaziergang &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Spaziergang</translation>
    </message>
    <message>
        <source>Play &amp;sounds during routines</source>
        <translation>&amp;Töne während der Programme abspielen</translation>
    </message>
    <message>
        <source>Speak the &amp;guidance aloud</source>
        <translation>Anleitung laut &amp;vorlesen</translation>
    </message>
    <message>
        <source>S&amp;till pictures (no animation)</source>
        <translation>Standbilder (&amp;keine Animation)</translation>
    </message>
    <message>
        <source>Show each exercise&apos;s pictures without a moving figure. Unless you change it, this follows your desktop&apos;s animation setting.</source>
        <translation>Zeigt die Bilder jeder Übung ohne bewegte Figur. Solange Sie es nicht ändern, folgt dies der Animationseinstellung Ihres Desktops.</translation>
    </message>
    <message>
        <source>No speech engine was found on this computer</source>
        <translation>Auf diesem Computer wurde keine Sprachausgabe gefunden</translation>
    </message>
    <message>
        <source>Bending &amp;forward makes my back or leg pain worse</source>
        <translation>Vor&amp;beugen verstärkt meine Rücken- oder Beinschmerzen</translation>
    </message>
    <message>
        <source>Coach will leave out exercises that bend the spine forward</source>
        <translation>Coach lässt Übungen weg, die die Wirbelsäule nach vorn beugen</translation>
    </message>
    <message>
        <source>Bending &amp;backward makes my back or leg pain worse</source>
        <translation>&amp;Zurückbeugen verstärkt meine Rücken- oder Beinschmerzen</translation>
    </message>
    <message>
        <source>Routines and the library then leave out every exercise that bends that way, and the desk breaks take turns among the ones that suit you.</source>
        <translation>Programme und Bibliothek lassen dann jede Übung weg, die in diese Richtung beugt, und die Schreibtischpausen wechseln sich unter denen ab, die zu Ihnen passen.</translation>
    </message>
    <message>
        <source>Coach will leave out exercises that bend the spine backward</source>
        <translation>Coach lässt Übungen weg, bei denen die Wirbelsäule nach hinten gebeugt wird</translation>
    </message>
    <message>
        <source>During routines</source>
        <translation>Während der Programme</translation>
    </message>
    <message>
        <source>Your back</source>
        <translation>Ihr Rücken</translation>
    </message>
    <message>
        <source>Start Coach when I &amp;log in</source>
        <translation>Coach beim Anmel&amp;den starten</translation>
    </message>
    <message>
        <source>Start Coach when I log in</source>
        <translation>Coach beim Anmelden starten</translation>
    </message>
    <message>
        <source>Not available on this system</source>
        <translation>Auf diesem System nicht verfügbar</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>The heads-up must be shorter than the time between breaks.</source>
        <translation>Die Vorwarnung muss kürzer sein als die Zeit zwischen den Pausen.</translation>
    </message>
    <message>
        <source>The walk at {time} needs at least one day.</source>
        <translation>Der Spaziergang um {time} braucht mindestens einen Tag.</translation>
    </message>
    <message>
        <source>{problem} (not saved until this is fixed)</source>
        <translation>{problem} (wird erst gespeichert, wenn das behoben ist)</translation>
    </message>
    <message>
        <source>no days</source>
        <translation>keine Tage</translation>
    </message>
    <message>
        <source>{time} · {minutes} min · {days}</source>
        <translation>{time} · {minutes} Min. · {days}</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message numerus="yes">
        <source>%n problem(s) in {path}. Each setting listed uses its default value instead, unknown keys are ignored, and the rest of the file applies. The file has not been changed.</source>
        <translation>
            <numerusform>%n Problem in {path}. Jede aufgeführte Einstellung verwendet stattdessen ihren Standardwert, unbekannte Schlüssel werden ignoriert, und der Rest der Datei gilt. Die Datei wurde nicht verändert.</numerusform>
            <numerusform>%n Probleme in {path}. Jede aufgeführte Einstellung verwendet stattdessen ihren Standardwert, unbekannte Schlüssel werden ignoriert, und der Rest der Datei gilt. Die Datei wurde nicht verändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coach cannot use its settings file:
  {problem}
The file has not been changed. Until it is fixed Coach keeps the settings it has (the defaults when it has just started), and it reads the file again as soon as it is saved.</source>
        <translation>Coach kann seine Einstellungsdatei nicht verwenden:
  {problem}
Die Datei wurde nicht verändert. Bis sie korrigiert ist, behält Coach die Einstellungen, die es hat (direkt nach dem Start die Standardwerte), und liest die Datei erneut, sobald sie gespeichert wird.</translation>
    </message>
    <message>
        <source>Coach could not create its settings file {path} ({reason}); using the defaults.</source>
        <translation>Coach konnte seine Einstellungsdatei {path} nicht anlegen ({reason}) und verwendet die Standardeinstellungen.</translation>
    </message>
</context>
<context>
    <name>TodayController</name>
    <message>
        <source>Next walk: {time}</source>
        <translation>Nächster Spaziergang: {time}</translation>
    </message>
    <message>
        <source>Coach — {status}</source>
        <translation>Coach – {status}</translation>
    </message>
    <message>
        <source>{time} · {minutes} min</source>
        <translation>{time} · {minutes} Min.</translation>
    </message>
    <message>
        <source>{time} on {weekday} · {minutes} min</source>
        <translation>{time} am {weekday} · {minutes} Min.</translation>
    </message>
    <message>
        <source>heat pack at {time}</source>
        <translation>Wärmekissen um {time}</translation>
    </message>
    <message>
        <source>warm-up at {time}</source>
        <translation>Aufwärmen um {time}</translation>
    </message>
    <message>
        <source>Sitting for {duration}</source>
        <translation>Sie sitzen seit {duration}</translation>
    </message>
    <message>
        <source> · reading mode</source>
        <translation> · Lesemodus</translation>
    </message>
</context>
<context>
    <name>TodayText</name>
    <message>
        <source>{taken} of {prompted} breaks taken</source>
        <translation>{taken} von {prompted} Pausen gemacht</translation>
    </message>
    <message>
        <source>{minutes} min of exercise</source>
        <translation>{minutes} Min. Übungen</translation>
    </message>
    <message>
        <source>no exercise yet</source>
        <translation>noch keine Übungen</translation>
    </message>
    <message numerus="yes">
        <source>%n walk(s)</source>
        <translation>
            <numerusform>%n Spaziergang</numerusform>
            <numerusform>%n Spaziergänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) away from the desk</source>
        <translation>
            <numerusform>%n-mal weg vom Schreibtisch</numerusform>
            <numerusform>%n-mal weg vom Schreibtisch</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a streak: one session a day.</source>
        <translation>Starten Sie eine Serie: eine Einheit pro Tag.</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s) in a row with exercise</source>
        <translation>
            <numerusform>Serie: %n Tag in Folge mit Übungen</numerusform>
            <numerusform>Serie: %n Tage in Folge mit Übungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>For 30 minutes</source>
        <translation>Für 30 Minuten</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>Start a desk break now</source>
        <translation>Jetzt eine Schreibtischpause starten</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Programm starten</translation>
    </message>
    <message>
        <source>Going for a walk</source>
        <translation>Ich gehe spazieren</translation>
    </message>
    <message>
        <source>Reading mode</source>
        <translation>Lesemodus</translation>
    </message>
    <message>
        <source>Count time as sitting even when you do not touch the keyboard</source>
        <translation>Zeit als Sitzen zählen, auch wenn Sie die Tastatur nicht berühren</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <source>Open Coach</source>
        <translation>Coach öffnen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>Ich bin zurück</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>standing</source>
        <translation>im Stehen</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>im Sitzen</translation>
    </message>
    <message>
        <source>lying</source>
        <translation>im Liegen</translation>
    </message>
    <message>
        <source>kneeling</source>
        <translation>im Knien</translation>
    </message>
    <message>
        <source>hands-and-knees</source>
        <translation>im Vierfüßlerstand</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <source>mobility</source>
        <translation>Mobilisation</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>Kräftigung</translation>
    </message>
    <message>
        <source>massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <source>heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <source>walk</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Im Sitzen</translation>
    </message>
    <message>
        <source>Lying</source>
        <translation>Im Liegen</translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation>Im Knien</translation>
    </message>
    <message>
        <source>Hands and knees</source>
        <translation>Im Vierfüßlerstand</translation>
    </message>
    <message>
        <source>movement break</source>
        <translation>Bewegungspause</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>during a walk</source>
        <translation>beim Spaziergang</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Einheit</translation>
    </message>
</context>
<context>
    <name>WalkDoneDialog</name>
    <message>
        <source>How was your walk?</source>
        <translation>Wie war Ihr Spaziergang?</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes walked</source>
        <translation>Gegangene Minuten</translation>
    </message>
    <message>
        <source>Back pain during the walk</source>
        <translation>Rückenschmerz beim Spaziergang</translation>
    </message>
    <message>
        <source>I needed to stop and bend forward to ease my back</source>
        <translation>Ich musste stehen bleiben und mich nach vorn beugen, um den Rücken zu entlasten</translation>
    </message>
    <message>
        <source>Anything to remember (optional)</source>
        <translation>Etwas, das Sie sich merken möchten (freiwillig)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Walked for</source>
        <translation>&amp;Gegangen für</translation>
    </message>
    <message>
        <source>Back pain during the walk (optional; 0 = none, 10 = worst imaginable):</source>
        <translation>Rückenschmerz beim Spaziergang (freiwillig; 0 = keiner, 10 = schlimmster vorstellbarer Schmerz):</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Welcome back. A few words for your log help you see what works.</source>
        <translation>Willkommen zurück. Ein paar Worte im Protokoll helfen Ihnen zu sehen, was Ihnen guttut.</translation>
    </message>
</context>
<context>
    <name>WalkEditor</name>
    <message>
        <source>Walk time</source>
        <translation>Uhrzeit des Spaziergangs</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Walk length</source>
        <translation>Dauer des Spaziergangs</translation>
    </message>
    <message>
        <source>Heat pack reminder, minutes before the walk</source>
        <translation>Erinnerung ans Wärmekissen, Minuten vor dem Spaziergang</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message>
        <source>Warm-up reminder, minutes before the walk</source>
        <translation>Erinnerung ans Aufwärmen, Minuten vor dem Spaziergang</translation>
    </message>
    <message>
        <source>Warm-up routine</source>
        <translation>Aufwärmprogramm</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;Um</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>&amp;Heat pack</source>
        <translation>&amp;Wärmekissen</translation>
    </message>
    <message>
        <source>&amp;Warm-up</source>
        <translation>Aufwä&amp;rmen</translation>
    </message>
    <message>
        <source>Warm-up &amp;routine</source>
        <translation>Aufwärmpro&amp;gramm</translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <source>Coach keeps your lower back moving while you sit. It counts the time you actually sit at the computer and, after half an hour, suggests a 30-second movement break. Stepping away counts as a break by itself. Before your walks it reminds you to warm a heat pack and to do a short warm-up, and it guides you through each exercise with pictures, a countdown and sounds. It keeps a private log on this computer, so you can see whether your back is getting better.</source>
        <translation>Coach hält Ihren unteren Rücken in Bewegung, während Sie sitzen. Es zählt die Zeit, die Sie wirklich am Computer sitzen, und schlägt nach einer halben Stunde eine 30-Sekunden-Bewegungspause vor. Wenn Sie aufstehen und weggehen, zählt das schon als Pause. Vor Ihren Spaziergängen erinnert es Sie daran, ein Wärmekissen aufzuwärmen und sich kurz aufzuwärmen, und es führt Sie mit Bildern, Countdown und Tönen durch jede Übung. Es führt ein privates Protokoll auf diesem Computer, damit Sie sehen, ob es Ihrem Rücken besser geht.</translation>
    </message>
    <message>
        <source>Welcome to Coach</source>
        <translation>Willkommen bei Coach</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Start using Coach</source>
        <translation>Coach benutzen</translation>
    </message>
    <message>
        <source>Every half hour of sitting: a 30-second break</source>
        <translation>Nach jeder halben Stunde Sitzen: eine Pause von 30 Sekunden</translation>
    </message>
    <message>
        <source>Before your walk: a heat pack and a warm-up</source>
        <translation>Vor dem Spaziergang: Wärmekissen und Aufwärmen</translation>
    </message>
    <message>
        <source>Each exercise shown, counted and timed</source>
        <translation>Jede Übung mit Bild, Zählen und Countdown</translation>
    </message>
    <message>
        <source>&lt;b&gt;Please note:&lt;/b&gt; {disclaimer}</source>
        <translation>&lt;b&gt;Bitte beachten Sie:&lt;/b&gt; {disclaimer}</translation>
    </message>
    <message>
        <source>When to see a doctor instead</source>
        <translation>Wann Sie lieber zum Arzt gehen</translation>
    </message>
    <message>
        <source>Back pain is rarely serious, but these signs need a doctor. You can find this list again under Safety.</source>
        <translation>Rückenschmerzen sind selten ernst, aber diese Zeichen gehören ärztlich abgeklärt. Sie finden diese Liste jederzeit unter „Sicherheit“.</translation>
    </message>
    <message>
        <source>Your answers fill in the settings; you can change them any time.</source>
        <translation>Ihre Antworten füllen die Einstellungen aus; Sie können sie jederzeit ändern.</translation>
    </message>
    <message>
        <source>Work starts at</source>
        <translation>Arbeitsbeginn</translation>
    </message>
    <message>
        <source>Work ends at</source>
        <translation>Arbeitsende</translation>
    </message>
    <message>
        <source>I work on {day}</source>
        <translation>Ich arbeite am {day}</translation>
    </message>
    <message>
        <source>I usually go for a walk at</source>
        <translation>Ich gehe meist spazieren um</translation>
    </message>
    <message>
        <source>Usual walk time</source>
        <translation>Übliche Zeit für den Spaziergang</translation>
    </message>
    <message>
        <source>Yes — leave out forward bending</source>
        <translation>Ja – Vorbeugen weglassen</translation>
    </message>
    <message>
        <source>Bending forward: no, or I don&apos;t know</source>
        <translation>Vorbeugen: nein, oder ich weiß es nicht</translation>
    </message>
    <message>
        <source>Yes — leave out backward bending</source>
        <translation>Ja – Zurückbeugen weglassen</translation>
    </message>
    <message>
        <source>Your hours differ by day — change them in Settings.</source>
        <translation>Ihre Arbeitszeiten sind je nach Tag verschieden — ändern Sie sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>You have {count} walks planned — change them in Settings.</source>
        <translation>Sie haben {count} Spaziergänge geplant — ändern Sie sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Does bending forward make your back or leg pain worse?&lt;/b&gt; For some people it does, for example while sciatica is flaring up.</source>
        <translation>&lt;b&gt;3. Verstärkt Vorbeugen Ihre Rücken- oder Beinschmerzen?&lt;/b&gt; Bei manchen ist das so, zum Beispiel während Ischiasbeschwerden aufflammen.</translation>
    </message>
    <message>
        <source>Bending forward</source>
        <translation>Vorbeugen</translation>
    </message>
    <message>
        <source>&lt;b&gt;4. Does bending backward make your back or leg pain worse?&lt;/b&gt; Some people with a narrowed spinal canal find that it does.</source>
        <translation>&lt;b&gt;4. Verstärkt Zurückbeugen Ihre Rücken- oder Beinschmerzen?&lt;/b&gt; Manche Menschen mit einem verengten Wirbelkanal stellen das fest.</translation>
    </message>
    <message>
        <source>No, or I don&apos;t know</source>
        <translation>Nein, oder ich weiß es nicht</translation>
    </message>
    <message>
        <source>Four questions</source>
        <translation>Vier Fragen</translation>
    </message>
    <message>
        <source>Bending backward: no, or I don&apos;t know</source>
        <translation>Zurückbeugen: nein, oder ich weiß es nicht</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. When do you work at the computer?&lt;/b&gt; Coach prompts only then.</source>
        <translation>&lt;b&gt;1. Wann arbeiten Sie am Computer?&lt;/b&gt; Coach erinnert nur dann.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Do you walk at a regular time?&lt;/b&gt; Coach reminds you to use a heat pack 15 minutes before and to warm up 5 minutes before.</source>
        <translation>&lt;b&gt;2. Gehen Sie zu einer festen Zeit spazieren?&lt;/b&gt; Coach erinnert Sie 15 Minuten vorher an das Wärmekissen und 5 Minuten vorher ans Aufwärmen.</translation>
    </message>
    <message>
        <source>Bending backward</source>
        <translation>Zurückbeugen</translation>
    </message>
    <message>
        <source>Start with your computer</source>
        <translation>Mit dem Computer starten</translation>
    </message>
    <message>
        <source>Start Coach when I log in (it waits quietly in the tray)</source>
        <translation>Coach beim Anmelden starten (es wartet still im Infobereich)</translation>
    </message>
    <message>
        <source>Not available on this system</source>
        <translation>Auf diesem System nicht verfügbar</translation>
    </message>
    <message>
        <source>Coach lives in the tray, near the clock. Its ring fills up as your next break comes closer. Open it from there, or from your application menu.</source>
        <translation>Coach wohnt im Infobereich neben der Uhr. Sein Ring füllt sich, je näher die nächste Pause rückt. Öffnen Sie es von dort oder aus Ihrem Anwendungsmenü.</translation>
    </message>
</context>
</TS>
