<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Abilities</name>
    <message>
        <source>Windows last input</source>
        <translation>letzte Eingabe unter Windows</translation>
    </message>
    <message>
        <source>Windows notification state</source>
        <translation>Benachrichtigungsstatus von Windows</translation>
    </message>
    <message>
        <source>X11 full-screen window</source>
        <translation>X11-Vollbildfenster</translation>
    </message>
    <message>
        <source>X11 screen saver extension</source>
        <translation>X11-Bildschirmschoner-Erweiterung</translation>
    </message>
    <message>
        <source>an app keeping the screen awake</source>
        <translation>eine App, die den Bildschirm wach hält</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>„Nicht stören“</translation>
    </message>
    <message>
        <source>full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>macOS input events</source>
        <translation>Eingabeereignisse von macOS</translation>
    </message>
    <message>
        <source>screen locked</source>
        <translation>gesperrter Bildschirm</translation>
    </message>
</context>
<context>
    <name>Announce</name>
    <message>
        <source>%1. Get into position slowly, only as far as a light stretch.</source>
        <translation>%1. Gehen Sie langsam in Position, nur bis zu einem leichten Zug.</translation>
    </message>
    <message>
        <source>%1. Get into position.</source>
        <comment>a stretch and its side, then what to do</comment>
        <translation>%1. Gehen Sie in Position.</translation>
    </message>
    <message>
        <source>%1. Start gently.</source>
        <comment>a warm-up&apos;s name, then how</comment>
        <translation>%1. Beginnen Sie locker.</translation>
    </message>
    <message>
        <source>%1. Take it easy.</source>
        <comment>a warm-up&apos;s name, then how</comment>
        <translation>%1. Lassen Sie es ruhig angehen.</translation>
    </message>
    <message>
        <source>Exhale.</source>
        <translation>Ausatmen.</translation>
    </message>
    <message>
        <source>Flow with your breath, moving only a little. %1</source>
        <comment>%1: &apos;Inhale.&apos;</comment>
        <translation>Bewegen Sie sich mit dem Atem, nur ein wenig. %1</translation>
    </message>
    <message>
        <source>Flow with your breath. %1</source>
        <comment>%1: &apos;Inhale.&apos; or &apos;Exhale.&apos;</comment>
        <translation>Bewegen Sie sich mit dem Atem. %1</translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation>Halbzeit.</translation>
    </message>
    <message>
        <source>Hold gently, only to a light stretch, and ease out if it hurts. Breathe slowly.</source>
        <translation>Halten Sie sanft, nur bis zu einem leichten Zug, und lösen Sie die Dehnung, wenn es schmerzt. Atmen Sie langsam.</translation>
    </message>
    <message>
        <source>Hold. Breathe slowly.</source>
        <translation>Halten. Atmen Sie langsam.</translation>
    </message>
    <message>
        <source>Inhale.</source>
        <translation>Einatmen.</translation>
    </message>
    <message>
        <source>Last few seconds.</source>
        <translation>Noch ein paar Sekunden.</translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <comment>the next stretch</comment>
        <translation>Als Nächstes: %1.</translation>
    </message>
    <message>
        <source>Release slowly. Ease out and rest.</source>
        <translation>Langsam lösen. Kommen Sie aus der Dehnung und ruhen Sie sich aus.</translation>
    </message>
    <message>
        <source>Release slowly. Next: %1.</source>
        <translation>Langsam lösen. Als Nächstes: %1.</translation>
    </message>
    <message>
        <source>Routine complete. Well done.</source>
        <translation>Routine abgeschlossen. Gut gemacht.</translation>
    </message>
    <message>
        <source>Switch sides, slowly, only as far as a light stretch.</source>
        <translation>Seite wechseln, langsam, nur bis zu einem leichten Zug.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Seite wechseln.</translation>
    </message>
    <message>
        <source>Switch to the %1, slowly, only as far as a light stretch.</source>
        <translation>Seite wechseln: %1, langsam, nur bis zu einem leichten Zug.</translation>
    </message>
    <message>
        <source>Switch to the %1.</source>
        <comment>a side: &apos;Switch to the right leg.&apos;</comment>
        <translation>Seite wechseln: %1.</translation>
    </message>
    <message>
        <source>Switch to the right leg. Hold, and breathe slowly.</source>
        <translation>Seite wechseln: rechtes Bein. Halten und langsam atmen.</translation>
    </message>
    <message>
        <source>To go on gently, with a shorter and lighter hold, press %1. To skip this stretch, press %2.</source>
        <comment>%1 and %2: keys, &apos;the space bar&apos;</comment>
        <translation>Um sanft weiterzumachen, kürzer und leichter, drücken Sie %1. Um diese Dehnung auszulassen, drücken Sie %2.</translation>
    </message>
    <message>
        <source>the left arrow</source>
        <translation>die linke Pfeiltaste</translation>
    </message>
    <message>
        <source>the right arrow</source>
        <translation>die rechte Pfeiltaste</translation>
    </message>
    <message>
        <source>the space bar</source>
        <translation>die Leertaste</translation>
    </message>
</context>
<context>
    <name>AudioNotice</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Start the sound and voice again</source>
        <translation>Ton und Stimme neu starten</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message numerus="yes">
        <source>%1: %n min</source>
        <comment>a day, then the minutes stretched on it</comment>
        <translation>
            <numerusform>%1: %n Min.</numerusform>
            <numerusform>%1: %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>the chart&apos;s scale: a number of minutes</comment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>a routine&apos;s name, its area and its place</comment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1: %n Problem</numerusform>
            <numerusform>%1: %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: added %2</source>
        <translation>%1: %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1: added no routines</source>
        <translation>%1: keine Routinen hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%1: more than %n problems; the first %n are listed</source>
        <translation>
            <numerusform>%1: mehr als %n Problem; das erste ist aufgeführt</numerusform>
            <numerusform>%1: mehr als %n Probleme; die ersten %n sind aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid (%2 stretches, %3 routines)</source>
        <translation>%1: gültig (%2 Dehnungen, %3 Routinen)</translation>
    </message>
    <message>
        <source>%1: written (%2); `supple import %1` adds it elsewhere</source>
        <translation>%1: geschrieben (%2); `supple import %1` fügt sie anderswo hinzu</translation>
    </message>
    <message>
        <source>AREA</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <source>Guided stretch breaks for your lower back and glutes.</source>
        <translation>Angeleitete Dehnpausen für Ihren unteren Rücken und Ihr Gesäß.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STRETCHES</source>
        <translation>DEHNUNGEN</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>Total: %1 (%2 s)</source>
        <translation>Gesamt: %1 (%2 s)</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>ORT</translation>
    </message>
    <message>
        <source>add Supple to your application menu (Linux)</source>
        <translation>Supple zum Anwendungsmenü hinzufügen (Linux)</translation>
    </message>
    <message>
        <source>add the routines of a shared file to your own</source>
        <translation>die Routinen einer geteilten Datei zu Ihren eigenen hinzufügen</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>Schreibtisch</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>Boden</translation>
    </message>
    <message>
        <source>list the routines</source>
        <translation>die Routinen auflisten</translation>
    </message>
    <message>
        <source>print a routine&apos;s phases with their timing</source>
        <translation>die Phasen einer Routine mit ihren Zeiten ausgeben</translation>
    </message>
    <message>
        <source>quit when the routine completes</source>
        <translation>beenden, sobald die Routine abgeschlossen ist</translation>
    </message>
    <message>
        <source>remove what install-desktop added</source>
        <translation>entfernen, was install-desktop hinzugefügt hat</translation>
    </message>
    <message>
        <source>run time faster (demos, tests)</source>
        <translation>die Zeit schneller laufen lassen (Vorführungen, Tests)</translation>
    </message>
    <message>
        <source>show the small always-on-top timer</source>
        <translation>den kleinen Timer zeigen, der immer im Vordergrund bleibt</translation>
    </message>
    <message>
        <source>start this routine at once</source>
        <translation>diese Routine sofort starten</translation>
    </message>
    <message>
        <source>start with no window: only the tray icon and the stretch reminders (login uses this)</source>
        <translation>ohne Fenster starten: nur das Symbol im Infobereich und die Erinnerungen ans Dehnen (so startet Supple beim Anmelden)</translation>
    </message>
    <message>
        <source>supple: %1: cannot be written: %2</source>
        <translation>supple: %1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>supple: no routine &apos;%1&apos;</source>
        <translation>supple: keine Routine „%1“</translation>
    </message>
    <message>
        <source>supple: no routine &apos;%1&apos;. Known routines: %2</source>
        <translation>supple: keine Routine „%1“. Bekannte Routinen: %2</translation>
    </message>
    <message>
        <source>supple: the built-in catalogue cannot be used:
%1</source>
        <translation>supple: der eingebaute Katalog kann nicht verwendet werden:
%1</translation>
    </message>
    <message>
        <source>the language of the words and the catalogue: en, de, fr, es (or en-XA)</source>
        <translation>die Sprache der Texte und des Katalogs: en, de, fr, es (oder en-XA)</translation>
    </message>
    <message>
        <source>the speed must be above 0 and at most 1000</source>
        <translation>die Geschwindigkeit muss größer als 0 und höchstens 1000 sein</translation>
    </message>
    <message>
        <source>validate a catalogue file, or the catalogue&apos;s translations and what they miss</source>
        <translation>eine Katalogdatei prüfen, oder die Übersetzungen des Katalogs und was ihnen fehlt</translation>
    </message>
    <message>
        <source>write one of your routines to a file you can share</source>
        <translation>eine Ihrer Routinen in eine Datei schreiben, die Sie teilen können</translation>
    </message>
</context>
<context>
    <name>CliCheck</name>
    <message>
        <source>  missing: %1</source>
        <translation>  fehlt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n problem(s); those texts are shown in English</source>
        <translation>
            <numerusform>%1 (%2): %n Problem; diese Texte erscheinen auf Englisch</numerusform>
            <numerusform>%1 (%2): %n Probleme; diese Texte erscheinen auf Englisch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): valid; %n text(s) missing, shown in English</source>
        <translation>
            <numerusform>%1 (%2): gültig; %n Text fehlt und erscheint auf Englisch</numerusform>
            <numerusform>%1 (%2): gültig; %n Texte fehlen und erscheinen auf Englisch</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): valid; every text is translated</source>
        <translation>%1 (%2): gültig; alle Texte sind übersetzt</translation>
    </message>
    <message>
        <source>%1: the translations for &apos;%2&apos; are not used: Supple has no such language</source>
        <translation>%1: die Übersetzungen für „%2“ werden nicht verwendet: Supple kennt diese Sprache nicht</translation>
    </message>
    <message>
        <source>en-XA: the test language is made from the English texts; there is nothing to check</source>
        <translation>en-XA: die Testsprache wird aus den englischen Texten erzeugt; es gibt nichts zu prüfen</translation>
    </message>
    <message>
        <source>en: the catalogue is written in English; there is nothing to translate</source>
        <translation>en: der Katalog ist auf Englisch geschrieben; es gibt nichts zu übersetzen</translation>
    </message>
    <message>
        <source>supple: the built-in catalogue cannot be used:
%1</source>
        <translation>supple: der eingebaute Katalog kann nicht verwendet werden:
%1</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>%1 (my copy)</source>
        <comment>the name of a copy of a routine or stretch</comment>
        <translation>%1 (meine Kopie)</translation>
    </message>
    <message>
        <source>%1 is held for %2 to %3 seconds, not %4.</source>
        <comment>a stretch&apos;s name, then seconds</comment>
        <translation>%1 wird %2 bis %3 Sekunden gehalten, nicht %4.</translation>
    </message>
    <message>
        <source>%1 is not a timed hold.</source>
        <translation>%1 wird nicht auf Zeit gehalten.</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>%1 %2 of %3</source>
        <comment>day of the week, breaks taken of reminders shown</comment>
        <translation>%1 %2 von %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3), during %4</source>
        <comment>date: stretch (side), during routine</comment>
        <translation>%1: %2 (%3), in „%4“</translation>
    </message>
    <message>
        <source>%1: %2, during %4</source>
        <comment>date: stretch, during routine</comment>
        <translation>%1: %2, in „%4“</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n-mal gehalten</numerusform>
            <numerusform>%n-mal gehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best streak: %n day(s)</source>
        <translation>
            <numerusform>Längste Serie: %n Tag</numerusform>
            <numerusform>Längste Serie: %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %n day(s)</source>
        <translation>
            <numerusform>Aktuelle Serie: %n Tag</numerusform>
            <numerusform>Aktuelle Serie: %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminders this week.</source>
        <translation>Diese Woche keine Erinnerungen.</translation>
    </message>
    <message>
        <source>No sharp pain reported.</source>
        <translation>Kein stechender Schmerz gemeldet.</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier</source>
        <translation>
            <numerusform>und %n frühere Meldung</numerusform>
            <numerusform>und %n frühere Meldungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Erinnern</translation>
    </message>
    <message numerus="yes">
        <source>Supple can remind you to stretch after %n minute(s) at the keyboard. It waits while you are away, in full screen or in do-not-disturb, and you can snooze or skip each reminder. Remind you?</source>
        <translation>
            <numerusform>Supple kann Sie nach %n Minute an der Tastatur ans Dehnen erinnern. Es wartet, solange Sie weg sind, im Vollbild arbeiten oder „Nicht stören“ eingeschaltet haben, und Sie können jede Erinnerung verschieben oder auslassen. Möchten Sie erinnert werden?</numerusform>
            <numerusform>Supple kann Sie nach %n Minuten an der Tastatur ans Dehnen erinnern. Es wartet, solange Sie weg sind, im Vollbild arbeiten oder „Nicht stören“ eingeschaltet haben, und Sie können jede Erinnerung verschieben oder auslassen. Möchten Sie erinnert werden?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glancing</name>
    <message>
        <source>%1 — %2</source>
        <comment>the app&apos;s name, then how the routine ended</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a stretch, then its phase: &apos;Cat-cow — Paused&apos;</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <comment>a stretch, its phase, the time left: &apos;Knee to chest, left leg — Hold, 12 s&apos;</comment>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds left, in short</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Go on gently, or skip it</source>
        <translation>Sanft weitermachen oder auslassen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Routine complete</source>
        <translation>Routine abgeschlossen</translation>
    </message>
    <message>
        <source>Routine stopped</source>
        <translation>Routine beendet</translation>
    </message>
</context>
<context>
    <name>HistoryCauses</name>
    <message>
        <source>%1 (%2)</source>
        <comment>the cause, then the system&apos;s own words for it</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>sie ist beschädigt</translation>
    </message>
    <message>
        <source>it is in use by another program (it is locked)</source>
        <translation>sie wird von einem anderen Programm verwendet (sie ist gesperrt)</translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation>sie ist schreibgeschützt</translation>
    </message>
    <message>
        <source>permission is denied</source>
        <translation>der Zugriff wird verweigert</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>History is off: %1 %2. Sessions are not recorded until this is sorted out.</source>
        <comment>%1: the file, %2: why (&apos;could not be made&apos;)</comment>
        <translation>Der Verlauf ist aus: %1 %2. Einheiten werden nicht aufgezeichnet, bis das behoben ist.</translation>
    </message>
    <message>
        <source>History is off: %1 %2. The file was left as it is; sessions are not recorded until this is sorted out.</source>
        <comment>%1: the file, %2: why (&apos;is damaged&apos;)</comment>
        <translation>Der Verlauf ist aus: %1 %2. Die Datei bleibt, wie sie ist; Einheiten werden nicht aufgezeichnet, bis das behoben ist.</translation>
    </message>
    <message>
        <source>cannot be opened (%1)</source>
        <translation>lässt sich nicht öffnen (%1)</translation>
    </message>
    <message>
        <source>cannot be used (%1)</source>
        <translation>ist nicht verwendbar (%1)</translation>
    </message>
    <message>
        <source>cannot be written: the disk is full (%1)</source>
        <translation>lässt sich nicht schreiben: Der Datenträger ist voll (%1)</translation>
    </message>
    <message>
        <source>is another program&apos;s database, not a Supple history</source>
        <translation>ist die Datenbank eines anderen Programms, kein Verlauf von Supple</translation>
    </message>
    <message>
        <source>is damaged (%1)</source>
        <translation>ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>is damaged, or is not a database at all (its first bytes are not SQLite&apos;s)</source>
        <translation>ist beschädigt oder gar keine Datenbank (die ersten Bytes sind nicht die von SQLite)</translation>
    </message>
    <message>
        <source>is in a read-only folder (%1), so no session can be kept in it</source>
        <translation>liegt in einem schreibgeschützten Ordner (%1), daher lässt sich keine Einheit darin speichern</translation>
    </message>
    <message>
        <source>is in use by another program (it is locked) (%1)</source>
        <translation>wird von einem anderen Programm verwendet (sie ist gesperrt) (%1)</translation>
    </message>
    <message>
        <source>is not an ordinary file (a folder, a named pipe or a device)</source>
        <translation>ist keine gewöhnliche Datei (ein Ordner, eine benannte Pipe oder ein Gerät)</translation>
    </message>
    <message>
        <source>is read-only, so no session can be kept in it</source>
        <translation>ist schreibgeschützt, daher lässt sich keine Einheit darin speichern</translation>
    </message>
    <message>
        <source>is read-only, so no session can be kept in it (%1)</source>
        <translation>ist schreibgeschützt, daher lässt sich keine Einheit darin speichern (%1)</translation>
    </message>
    <message>
        <source>was made by a newer Supple (%1)</source>
        <comment>the versions, as the system says them</comment>
        <translation>stammt von einer neueren Version von Supple (%1)</translation>
    </message>
    <message>
        <source>was not opened</source>
        <translation>wurde nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>HoldTimer</name>
    <message>
        <source>Hold timer. Space pauses or goes on.</source>
        <translation>Halte-Timer. Die Leertaste pausiert oder setzt fort.</translation>
    </message>
</context>
<context>
    <name>ImportIds</name>
    <message>
        <source>A different stretch called &apos;%1&apos; already exists; this file&apos;s will be &apos;%2&apos;.</source>
        <translation>Es gibt bereits eine andere Dehnung namens „%1“; die aus dieser Datei heißt dann „%2“.</translation>
    </message>
    <message>
        <source>A routine called &apos;%1&apos; already exists. Import it as &apos;%2&apos;?</source>
        <translation>Es gibt bereits eine Routine namens „%1“. Als „%2“ importieren?</translation>
    </message>
    <message numerus="yes">
        <source>Import the file with the new id(s) above?</source>
        <translation>
            <numerusform>Die Datei mit der oben genannten neuen ID importieren?</numerusform>
            <numerusform>Die Datei mit den oben genannten neuen IDs importieren?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Instructions</name>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>Careful</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Come out slowly, undoing the way you went in, one part at a time.</source>
        <translation>Kommen Sie langsam heraus, auf demselben Weg zurück, auf dem Sie hineingegangen sind, Schritt für Schritt.</translation>
    </message>
    <message>
        <source>Easing out</source>
        <translation>Aus der Dehnung kommen</translation>
    </message>
    <message>
        <source>Form</source>
        <comment>how to hold the body well</comment>
        <translation>Worauf Sie achten</translation>
    </message>
    <message>
        <source>Getting into position</source>
        <translation>In Position gehen</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>So geht es</translation>
    </message>
    <message>
        <source>If the pain stays while you rest, stop the routine and ask a health professional.</source>
        <translation>Wenn der Schmerz auch in Ruhe bleibt, beenden Sie die Routine und wenden Sie sich an medizinisches Fachpersonal.</translation>
    </message>
    <message>
        <source>Rest in a position that feels comfortable, and breathe easily.</source>
        <translation>Ruhen Sie in einer Haltung, die sich angenehm anfühlt, und atmen Sie locker.</translation>
    </message>
    <message>
        <source>Stop pushing into the stretch and let the pull go.</source>
        <translation>Gehen Sie nicht weiter in die Dehnung hinein und lassen Sie den Zug nach.</translation>
    </message>
    <message>
        <source>You should feel</source>
        <translation>Was Sie spüren sollten</translation>
    </message>
</context>
<context>
    <name>KeyframeChooser</name>
    <message>
        <source>%1.</source>
        <comment>a picture&apos;s name, as a caption</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1: the left side, and the right drawn as its mirror.</source>
        <comment>a picture&apos;s name</comment>
        <translation>%1: die linke Seite; die rechte ist gespiegelt dargestellt.</translation>
    </message>
    <message>
        <source>Choose the picture of the held position.</source>
        <translation>Wählen Sie das Bild der gehaltenen Position.</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Abbildung</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <comment>a picture&apos;s name</comment>
        <translation>Vorschau: %1</translation>
    </message>
</context>
<context>
    <name>Keyframes</name>
    <message>
        <source>Cat-cow, back dipped (cow)</source>
        <translation>Katze-Kuh, Hohlkreuz (Kuh)</translation>
    </message>
    <message>
        <source>Cat-cow, back rounded (cat)</source>
        <translation>Katze-Kuh, Rundrücken (Katze)</translation>
    </message>
    <message>
        <source>Child&apos;s pose, folded forward</source>
        <translation>Kindhaltung, nach vorn gebeugt</translation>
    </message>
    <message>
        <source>Child&apos;s pose, on all fours</source>
        <translation>Kindhaltung, im Vierfüßlerstand</translation>
    </message>
    <message>
        <source>Figure four, feet down</source>
        <translation>Figur 4, Füße am Boden</translation>
    </message>
    <message>
        <source>Figure four, legs crossed</source>
        <translation>Figur 4, Beine überkreuzt</translation>
    </message>
    <message>
        <source>Figure four, legs drawn in</source>
        <translation>Figur 4, Beine herangezogen</translation>
    </message>
    <message>
        <source>Knee to chest, knee drawn in</source>
        <translation>Knie zur Brust, Knie herangezogen</translation>
    </message>
    <message>
        <source>Knee to chest, starting position</source>
        <translation>Knie zur Brust, Ausgangsposition</translation>
    </message>
    <message>
        <source>March in place, left knee up</source>
        <translation>Gehen auf der Stelle, linkes Knie oben</translation>
    </message>
    <message>
        <source>March in place, right knee up</source>
        <translation>Gehen auf der Stelle, rechtes Knie oben</translation>
    </message>
    <message>
        <source>Seated glute stretch, feet down</source>
        <translation>Gesäßdehnung im Sitzen, Füße am Boden</translation>
    </message>
    <message>
        <source>Seated glute stretch, leaning forward</source>
        <translation>Gesäßdehnung im Sitzen, nach vorn geneigt</translation>
    </message>
    <message>
        <source>Seated glute stretch, sitting upright</source>
        <translation>Gesäßdehnung im Sitzen, aufrecht</translation>
    </message>
</context>
<context>
    <name>MainForm</name>
    <message>
        <source>A small timer that stays on top of your work (M)</source>
        <translation>Ein kleiner Timer, der über Ihrer Arbeit im Vordergrund bleibt (M)</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>go back to the previous stretch (a button), not the body part</comment>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Zu den Routinen</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Routine wählen</translation>
    </message>
    <message>
        <source>Do it again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>End the routine (Esc)</source>
        <translation>Routine beenden (Esc)</translation>
    </message>
    <message>
        <source>Go on gently</source>
        <translation>Sanft weitermachen</translation>
    </message>
    <message>
        <source>Mini timer</source>
        <translation>Mini-Timer</translation>
    </message>
    <message>
        <source>Minutes per day, streaks and pain reports (Ctrl+H)</source>
        <translation>Minuten pro Tag, Serien und Schmerzmeldungen (Strg+H)</translation>
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
        <source>Pose</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Von vorn</translation>
    </message>
    <message>
        <source>Restart this stretch (R)</source>
        <translation>Diese Dehnung von vorn beginnen (R)</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>Fortschritt der Routine</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Sharp pain</source>
        <translation>Stechender Schmerz</translation>
    </message>
    <message>
        <source>Sharp pain: stop this stretch now and ease out slowly (P)</source>
        <translation>Stechender Schmerz: diese Dehnung sofort beenden und langsam herauskommen (P)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip ahead (Right arrow)</source>
        <translation>Überspringen (Pfeiltaste rechts)</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>Skip this stretch (Right arrow)</source>
        <translation>Diese Dehnung auslassen (Pfeiltaste rechts)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the selected routine (Enter or Space)</source>
        <translation>Die gewählte Routine starten (Enter oder Leertaste)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Timings, theme, chimes and voice (Ctrl+,)</source>
        <translation>Zeiten, Farbschema, Klänge und Stimme (Strg+,)</translation>
    </message>
    <message>
        <source>To the previous stretch (Left arrow)</source>
        <translation>Zur vorigen Dehnung (Pfeiltaste links)</translation>
    </message>
    <message>
        <source>Try this stretch again, more gently (Space)</source>
        <translation>Diese Dehnung noch einmal, sanfter (Leertaste)</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Ihr Fortschritt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — %2</source>
        <comment>window title: what is shown, then the app</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: illustration</source>
        <translation>%1: Abbildung</translation>
    </message>
    <message>
        <source>Mini timer</source>
        <translation>Mini-Timer</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Start, pause or resume</source>
        <translation>Starten, pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Stop the routine?</source>
        <translation>Routine beenden?</translation>
    </message>
    <message>
        <source>Stop this routine now? What you have done so far is kept.</source>
        <translation>Diese Routine jetzt beenden? Was Sie bisher gemacht haben, bleibt gespeichert.</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Ihr Fortschritt</translation>
    </message>
    <message>
        <source>Your progress opens when this routine ends, so the timer stays in view.</source>
        <translation>Ihr Fortschritt öffnet sich, wenn diese Routine endet, damit der Timer sichtbar bleibt.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>... and %n more (see the details).</source>
        <translation>
            <numerusform>... und %n weitere Meldung (siehe Details).</numerusform>
            <numerusform>... und %n weitere Meldungen (siehe Details).</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of your files could not be used:

%1</source>
        <translation>Einige Ihrer Dateien konnten nicht verwendet werden:

%1</translation>
    </message>
</context>
<context>
    <name>MiniCommands</name>
    <message>
        <source>%1%</source>
        <comment>an opacity</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Back to the main window</source>
        <translation>Zurück zum Hauptfenster</translation>
    </message>
    <message>
        <source>How to keep it on top</source>
        <translation>So bleibt er im Vordergrund</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <source>Opacity (not available here)</source>
        <translation>Deckkraft (hier nicht verfügbar)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Nicht mehr anheften</translation>
    </message>
</context>
<context>
    <name>MiniFace</name>
    <message>
        <source>%1: illustration</source>
        <comment>a stretch&apos;s name</comment>
        <translation>%1: Abbildung</translation>
    </message>
    <message>
        <source>Back to the main window</source>
        <translation>Zurück zum Hauptfenster</translation>
    </message>
    <message>
        <source>Open Supple</source>
        <translation>Supple öffnen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Sharp pain</source>
        <translation>Stechender Schmerz</translation>
    </message>
    <message>
        <source>Skip ahead</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>MiniTimer</name>
    <message>
        <source>Supple runs here as a native Wayland window, and Wayland does not let a window keep itself above the others, so the mini timer can end up behind your work.

To pin it yourself: on GNOME, click the mini timer, press Alt+Space and choose &quot;Always on Top&quot;; on KDE Plasma, press Alt+F3 and choose More Actions, then &quot;Keep Above Others&quot;. &quot;Bring the mini timer forward&quot; in the tray menu puts it back in front.

To have it stay on top by itself where the desktop has XWayland, choose &quot;Through XWayland&quot; in Settings, Appearance, and start Supple again (unless you set QT_QPA_PLATFORM yourself: Supple then leaves it as it is).</source>
        <extracomment>&quot;Always on Top&quot;, &quot;More Actions&quot; and &quot;Keep Above Others&quot; are GNOME&apos;s and KDE&apos;s own menu words: use theirs in your language. &quot;Through XWayland&quot; and &quot;Settings, Appearance&quot; are Supple&apos;s own.</extracomment>
        <translation>Supple läuft hier als natives Wayland-Fenster, und unter Wayland kann sich ein Fenster nicht selbst über den anderen halten. Der Mini-Timer kann deshalb hinter Ihrer Arbeit verschwinden.

So heften Sie ihn selbst an: Unter GNOME klicken Sie auf den Mini-Timer, drücken Alt+Leertaste und wählen „Immer im Vordergrund“; unter KDE Plasma drücken Sie Alt+F3 und wählen „Weitere Aktionen“, dann „Im Vordergrund halten“. „Mini-Timer in den Vordergrund holen“ im Menü des Infobereichs holt ihn wieder nach vorn.

Damit er von selbst im Vordergrund bleibt, wo der Desktop XWayland hat, wählen Sie in den Einstellungen unter „Darstellung“ die Option „Über XWayland“ und starten Supple neu (außer Sie haben QT_QPA_PLATFORM selbst gesetzt: Dann lässt Supple es, wie es ist).</translation>
    </message>
</context>
<context>
    <name>MinutesChart</name>
    <message numerus="yes">
        <source>%1 of the last %n day(s) with stretching</source>
        <translation>
            <numerusform>An %1 von %n Tag gedehnt</numerusform>
            <numerusform>An %1 der letzten %n Tage gedehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes stretched per day</source>
        <translation>Minuten Dehnen pro Tag</translation>
    </message>
    <message>
        <source>No stretching in these weeks yet</source>
        <translation>In diesen Wochen noch nicht gedehnt</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <source>Chimes are off.</source>
        <translation>Die Klänge sind aus.</translation>
    </message>
    <message>
        <source>The voice is off.</source>
        <translation>Die Stimme ist aus.</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>%1 (each side)</source>
        <translation>%1 (je Seite)</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;Start&lt;/b&gt; to begin.</source>
        <translation>Drücken Sie &lt;b&gt;Enter&lt;/b&gt; oder &lt;b&gt;Starten&lt;/b&gt;, um zu beginnen.</translation>
    </message>
</context>
<context>
    <name>PosePanel</name>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
</context>
<context>
    <name>PoseView</name>
    <message>
        <source>Pose illustration</source>
        <translation>Abbildung der Haltung</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>R&amp;eminders</source>
        <translation>&amp;Erinnerungen</translation>
    </message>
    <message>
        <source>Your settings could not be saved to %1: %2.

They apply until Supple closes.</source>
        <translation>Ihre Einstellungen konnten nicht in %1 gespeichert werden: %2.

Sie gelten, bis Supple geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>%1, %2</source>
        <comment>a phase, then a side: &apos;Hold, left leg&apos;</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2 left</source>
        <comment>a phase, then the time left</comment>
        <translation>%1, noch %2</translation>
    </message>
    <message>
        <source>%1, %2 left, %3</source>
        <comment>a phase, the time left, a side: &apos;Hold, 19 seconds left, left leg&apos;</comment>
        <translation>%1, noch %2, %3</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>the stretches done, as a heading</comment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Ease out of %1 slowly</source>
        <translation>%1: langsam lösen</translation>
    </message>
    <message>
        <source>If pain like this comes back, leave that stretch out and ask a health professional.</source>
        <translation>Wenn solcher Schmerz wiederkommt, lassen Sie diese Dehnung weg und wenden Sie sich an medizinisches Fachpersonal.</translation>
    </message>
    <message>
        <source>Last stretch</source>
        <translation>Letzte Dehnung</translation>
    </message>
    <message>
        <source>Next up: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <comment>the other side: &apos;Next: right leg&apos;</comment>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <comment>the next stretch: &apos;Next: cat-cow&apos;</comment>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Next: round %1 of %2</source>
        <translation>Als Nächstes: Runde %1 von %2</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Routine complete. Well done!</source>
        <translation>Routine abgeschlossen. Gut gemacht!</translation>
    </message>
    <message>
        <source>Routine stopped</source>
        <translation>Routine beendet</translation>
    </message>
    <message>
        <source>Sharp pain reported</source>
        <translation>Stechender Schmerz gemeldet</translation>
    </message>
    <message>
        <source>Skip or go on?</source>
        <translation>Auslassen oder weiter?</translation>
    </message>
    <message>
        <source>Skip this stretch, or go on gently?</source>
        <translation>Dehnung auslassen oder sanft weitermachen?</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Stretch %1 of %2 · %3 left</source>
        <translation>Dehnung %1 von %2 · noch %3</translation>
    </message>
    <message>
        <source>Warm-up · %1 left</source>
        <translation>Aufwärmen · noch %1</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear history…</source>
        <translation>Verlauf &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Breaks taken of the reminders shown</source>
        <translation>Befolgte Erinnerungen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Clear the history?</source>
        <translation>Verlauf löschen?</translation>
    </message>
    <message>
        <source>Clear the whole history</source>
        <translation>Den ganzen Verlauf löschen</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Delete every recorded session, including pain reports? This cannot be undone. Export to CSV first if you may want them later.</source>
        <translation>Alle aufgezeichneten Einheiten löschen, auch die Schmerzmeldungen? Das lässt sich nicht rückgängig machen. Exportieren Sie vorher als CSV, wenn Sie sie später noch brauchen könnten.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Export the history to a CSV file</source>
        <translation>Den Verlauf in eine CSV-Datei exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>%n Einheit nach %1 exportiert.</numerusform>
            <numerusform>%n Einheiten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes stretched per day</source>
        <translation>Minuten Dehnen pro Tag</translation>
    </message>
    <message>
        <source>Most-done routines</source>
        <translation>Häufigste Routinen</translation>
    </message>
    <message>
        <source>Most-done stretches</source>
        <translation>Häufigste Dehnungen</translation>
    </message>
    <message>
        <source>No sessions yet: your progress shows here after your first routine.</source>
        <translation>Noch keine Einheiten: Ihr Fortschritt erscheint hier nach Ihrer ersten Routine.</translation>
    </message>
    <message>
        <source>Sharp pain reports</source>
        <translation>Gemeldete stechende Schmerzen</translation>
    </message>
</context>
<context>
    <name>ReminderPrompt</name>
    <message>
        <source>%1: %2</source>
        <comment>the title, then the routine offered</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message numerus="yes">
        <source>In %n min</source>
        <comment>snooze: remind me in so many minutes</comment>
        <translation>
            <numerusform>In %n Min.</numerusform>
            <numerusform>In %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Auslassen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Time for a stretch</source>
        <translation>Zeit zum Dehnen</translation>
    </message>
    <message numerus="yes">
        <source>You have been at it for %n min. %1 would fit now.</source>
        <translation>
            <numerusform>Sie arbeiten seit %n Minute. Wie wäre es jetzt mit %1?</numerusform>
            <numerusform>Sie arbeiten seit %n Minuten. Wie wäre es jetzt mit %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been at it for %n min. A routine would fit now.</source>
        <translation>
            <numerusform>Sie arbeiten seit %n Minute. Eine Routine würde jetzt passen.</numerusform>
            <numerusform>Sie arbeiten seit %n Minuten. Eine Routine würde jetzt passen.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have put it off a few times. How about a short one at your desk: %1?</source>
        <translation>Sie haben es ein paar Mal verschoben. Wie wäre es mit einer kurzen Routine am Schreibtisch: %1?</translation>
    </message>
    <message>
        <source>You have put it off a few times. How about a short routine at your desk?</source>
        <translation>Sie haben es ein paar Mal verschoben. Wie wäre es mit einer kurzen Routine am Schreibtisch?</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPanel</name>
    <message>
        <source> min</source>
        <comment>a spin box&apos;s suffix: minutes</comment>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Remind me to stretch</source>
        <translation>Ans Dehnen e&amp;rinnern</translation>
    </message>
    <message>
        <source>&amp;Snoozes in a row, at most</source>
        <translation>Höchstens so oft in Folge &amp;verschieben</translation>
    </message>
    <message>
        <source>After w&amp;orking for</source>
        <translation>&amp;Nach einer Arbeitszeit von</translation>
    </message>
    <message>
        <source>Minutes away that count as a break</source>
        <translation>Minuten Abwesenheit, die als Pause zählen</translation>
    </message>
    <message>
        <source>Minutes of work between reminders</source>
        <translation>Minuten Arbeit zwischen Erinnerungen</translation>
    </message>
    <message>
        <source>Only during my working &amp;hours</source>
        <translation>Nur während der Ar&amp;beitszeit</translation>
    </message>
    <message>
        <source>Snoozes in a row before only a short break is offered</source>
        <translation>Wie oft in Folge verschoben werden kann, bevor nur noch eine kurze Pause angeboten wird</translation>
    </message>
    <message>
        <source>Start Supple when I log &amp;in (in the tray)</source>
        <translation>Supple beim An&amp;melden starten (im Infobereich)</translation>
    </message>
    <message>
        <source>Time &amp;away that counts as a break</source>
        <translation>Ab&amp;wesenheit, die als Pause zählt</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Ende der Arbeitszeit</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Beginn der Arbeitszeit</translation>
    </message>
    <message>
        <source>from</source>
        <comment>working hours: from 9:00</comment>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <comment>working hours: to 17:00</comment>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <source>Next reminder in %1 of work</source>
        <comment>%1: &apos;25 min&apos;</comment>
        <translation>Nächste Erinnerung nach %1 Arbeit</translation>
    </message>
    <message>
        <source>Next reminder: soon</source>
        <translation>Nächste Erinnerung: bald</translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation>Erinnerungen sind aus</translation>
    </message>
    <message>
        <source>Reminders are paused</source>
        <translation>Erinnerungen sind pausiert</translation>
    </message>
    <message>
        <source>Time for a stretch</source>
        <translation>Zeit zum Dehnen</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Supple could not add itself to the programs that start at login: %1.</source>
        <translation>Supple konnte sich nicht zu den Programmen hinzufügen, die beim Anmelden starten: %1.</translation>
    </message>
    <message>
        <source>Supple could not remove itself from the programs that start at login: %1.</source>
        <translation>Supple konnte sich nicht aus den Programmen entfernen, die beim Anmelden starten: %1.</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>%1 (read only)</source>
        <comment>a routine&apos;s name</comment>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 comes with Supple and cannot be deleted. Duplicate it to make your own.</source>
        <translation>%1 gehört zu Supple und kann nicht gelöscht werden. Duplizieren Sie die Routine, um eine eigene daraus zu machen.</translation>
    </message>
    <message>
        <source>%1 was not deleted:
%2</source>
        <comment>a routine&apos;s name, then why</comment>
        <translation>%1 wurde nicht gelöscht:
%2</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;New routine…</source>
        <translation>&amp;Neue Routine…</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <comment>a routine&apos;s name</comment>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Routine löschen</translation>
    </message>
    <message>
        <source>Delete your routine %1?</source>
        <translation>Ihre Routine %1 löschen?</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <comment>a routine&apos;s name</comment>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>Save the routine first: Export shares the routine as it is saved.</source>
        <translation>Speichern Sie die Routine zuerst: Beim Exportieren wird die Routine so geteilt, wie sie gespeichert ist.</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>%1 s</source>
        <comment>a step&apos;s hold in seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a step&apos;s number, then its stretch</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1. %2, %3</source>
        <comment>a step&apos;s number, its stretch, then its hold, repetitions and sides</comment>
        <translation>%1. %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>Be&amp;reich</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>A&amp;dd stretch</source>
        <translation>Dehnung hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <comment>undo: a stretch&apos;s name</comment>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Add at least one stretch.</source>
        <translation>Fügen Sie mindestens eine Dehnung hinzu.</translation>
    </message>
    <message>
        <source>Add the chosen stretch at the end (Enter in the list)</source>
        <translation>Die gewählte Dehnung am Ende hinzufügen (Enter in der Liste)</translation>
    </message>
    <message>
        <source>Add the routines of a shared file (Ctrl+I)</source>
        <translation>Die Routinen einer geteilten Datei hinzufügen (Strg+I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Change the area</source>
        <translation>Bereich ändern</translation>
    </message>
    <message>
        <source>Change the description</source>
        <translation>Beschreibung ändern</translation>
    </message>
    <message>
        <source>Change the name</source>
        <translation>Namen ändern</translation>
    </message>
    <message>
        <source>Change the place</source>
        <translation>Ort ändern</translation>
    </message>
    <message>
        <source>Change the repetitions</source>
        <translation>Wiederholungen ändern</translation>
    </message>
    <message>
        <source>Change the sides</source>
        <translation>Seiten ändern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close without saving (Escape)</source>
        <translation>Ohne Speichern schließen (Esc)</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <comment>a routine&apos;s name</comment>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Give the routine a name.</source>
        <translation>Geben Sie der Routine einen Namen.</translation>
    </message>
    <message>
        <source>Hold %1 for %2 s</source>
        <comment>undo: a stretch&apos;s name, then seconds</comment>
        <translation>%1: %2 s halten</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>N&amp;ach oben</translation>
    </message>
    <message>
        <source>Move a step</source>
        <translation>Schritt verschieben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the step earlier (Alt+Up)</source>
        <translation>Den Schritt nach vorn verschieben (Alt+Pfeiltaste oben)</translation>
    </message>
    <message>
        <source>Move the step later (Alt+Down)</source>
        <translation>Den Schritt nach hinten verschieben (Alt+Pfeiltaste unten)</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>No stretches yet: add one from the list on the right.</source>
        <translation>Noch keine Dehnungen: Fügen Sie eine aus der Liste rechts hinzu.</translation>
    </message>
    <message>
        <source>Not saved:
%1</source>
        <translation>Nicht gespeichert:
%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Read only: its file has problems. Fix them and open it again.

%1</source>
        <translation>Schreibgeschützt: Die Datei dieser Routine hat Probleme. Beheben Sie sie und öffnen Sie die Routine erneut.

%1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo what was undone (Ctrl+Shift+Z)</source>
        <translation>Rückgängig Gemachtes wiederherstellen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <comment>undo: a stretch&apos;s name</comment>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove the step (Delete)</source>
        <translation>Den Schritt entfernen (Entf)</translation>
    </message>
    <message>
        <source>Save the routine (Ctrl+S)</source>
        <translation>Die Routine speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Save your changes to %1 before closing?</source>
        <comment>a routine&apos;s name</comment>
        <translation>Ihre Änderungen an %1 vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Save your changes to this routine before closing?</source>
        <translation>Ihre Änderungen an dieser Routine vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Say in a few words what the routine is for.</source>
        <translation>Beschreiben Sie in wenigen Worten, wofür die Routine gedacht ist.</translation>
    </message>
    <message>
        <source>Steps, in order</source>
        <translation>Schritte, der Reihe nach</translation>
    </message>
    <message>
        <source>Stretches to add</source>
        <translation>Dehnungen zum Hinzufügen</translation>
    </message>
    <message>
        <source>Total time: %1</source>
        <translation>Gesamtdauer: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Die letzte Änderung rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Write this routine, as saved, to a file to share (Ctrl+Shift+E)</source>
        <translation>Diese Routine im gespeicherten Stand in eine Datei zum Teilen schreiben (Strg+Umschalt+E)</translation>
    </message>
</context>
<context>
    <name>RoutineList</name>
    <message>
        <source>%1 (yours)</source>
        <comment>a routine of the person&apos;s own, in the list</comment>
        <translation>%1 (Ihre)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n stretch(es)</source>
        <comment>a routine&apos;s length, its place, its number of stretches</comment>
        <translation>
            <numerusform>%1 · %2 · %n Dehnung</numerusform>
            <numerusform>%1 · %2 · %n Dehnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a routine&apos;s name, then its facts, read by a screen reader</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
</context>
<context>
    <name>Seeing</name>
    <message>
        <source>A reminder waits for a better moment when it sees: %1.</source>
        <translation>Eine Erinnerung wartet auf einen besseren Moment bei: %1.</translation>
    </message>
    <message>
        <source>Not seen on this computer: %1.</source>
        <translation>Auf diesem Computer nicht erkennbar: %1.</translation>
    </message>
    <message>
        <source>Supple notices when you are away through the %1.</source>
        <translation>Supple erkennt Ihre Abwesenheit über diese Quelle: %1.</translation>
    </message>
    <message>
        <source>This computer does not tell Supple when you are away, so reminders follow plain time: a break away from the keyboard is not noticed.</source>
        <translation>Dieser Computer teilt Supple nicht mit, wann Sie weg sind. Erinnerungen richten sich daher nur nach der Uhr: Eine Pause fern der Tastatur wird nicht bemerkt.</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a tooltip, then its key</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Back to the previous stretch</source>
        <translation>Zurück zur vorigen Dehnung</translation>
    </message>
    <message>
        <source>Do this stretch again with a shorter hold, only to a light stretch</source>
        <translation>Diese Dehnung noch einmal, kürzer gehalten und nur bis zu einem leichten Zug</translation>
    </message>
    <message>
        <source>Ease out of the stretch now, then choose to skip it or go on gently</source>
        <translation>Jetzt langsam aus der Dehnung kommen, dann wählen: auslassen oder sanft weitermachen</translation>
    </message>
    <message>
        <source>Go back to the start of the previous stretch</source>
        <translation>Zurück zum Anfang der vorigen Dehnung</translation>
    </message>
    <message>
        <source>Go on gently</source>
        <translation>Sanft weitermachen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Restart this stretch</source>
        <translation>Diese Dehnung von vorn</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Sharp pain</source>
        <translation>Stechender Schmerz</translation>
    </message>
    <message>
        <source>Skip ahead</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip the rest of this part of the stretch</source>
        <translation>Den Rest dieses Abschnitts der Dehnung überspringen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start this stretch again from getting into position</source>
        <translation>Diese Dehnung noch einmal ab „In Position gehen“ beginnen</translation>
    </message>
    <message>
        <source>Start, pause or resume the routine</source>
        <translation>Routine starten, pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Stop the routine; what you have done so far is kept</source>
        <translation>Routine beenden; was Sie bisher gemacht haben, bleibt gespeichert</translation>
    </message>
    <message>
        <source>Stop the routine…</source>
        <translation>Routine beenden…</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>%1 (%2): %3.</source>
        <comment>a choice&apos;s words, its key, what it does: &apos;Go on gently (Space): a shorter, lighter hold.&apos;</comment>
        <translation>%1 (%2): %3.</translation>
    </message>
    <message>
        <source>Gently this time: only to a light stretch, and ease out if it hurts.</source>
        <translation>Diesmal sanft: nur bis zu einem leichten Zug, und lösen Sie die Dehnung, wenn es schmerzt.</translation>
    </message>
    <message>
        <source>Go on gently</source>
        <translation>Sanft weitermachen</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation>Pfeiltaste links</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation>Pfeiltaste rechts</translation>
    </message>
    <message>
        <source>Skip this stretch</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>a shorter, lighter hold</source>
        <translation>kürzer und leichter halten</translation>
    </message>
    <message>
        <source>on to the next one</source>
        <translation>weiter zur nächsten</translation>
    </message>
</context>
<context>
    <name>SessionPane</name>
    <message>
        <source>Key: %1</source>
        <translation>Taste: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Chimes and spoken cues are set here.</source>
        <translation>Klänge und gesprochene Ansagen stellen Sie hier ein.</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Bewegt</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Still pictures</source>
        <translation>Standbilder</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> × usual</source>
        <translation> × normal</translation>
    </message>
    <message>
        <source>&amp;Breath length</source>
        <translation>Atem&amp;länge</translation>
    </message>
    <message>
        <source>&amp;Get into position for</source>
        <translation>Zeit, um in &amp;Position zu gehen</translation>
    </message>
    <message>
        <source>&amp;Hold each stretch for</source>
        <translation>&amp;Haltezeit je Dehnung</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Warm up before routines that have a warm-up</source>
        <translation>&amp;Vorher aufwärmen, wenn die Routine ein Aufwärmen hat</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>Appearance and start</source>
        <translation>Darstellung und Start</translation>
    </message>
    <message>
        <source>Breath pace, as a multiple of the usual breath length</source>
        <translation>Atemtempo als Vielfaches der normalen Atemlänge</translation>
    </message>
    <message>
        <source>Default hold length in seconds</source>
        <translation>Standard-Haltezeit in Sekunden</translation>
    </message>
    <message>
        <source>Fi&amp;gure</source>
        <translation>Fi&amp;gur</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figur</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Native &amp;Wayland: sharp at any scale</source>
        <translation>Natives &amp;Wayland: scharf bei jeder Skalierung</translation>
    </message>
    <message>
        <source>On a Wayland desktop (Linux)</source>
        <translation>Auf einem Wayland-Desktop (Linux)</translation>
    </message>
    <message>
        <source>S&amp;witch sides in</source>
        <translation>Zeit für den &amp;Seitenwechsel</translation>
    </message>
    <message>
        <source>Seconds to get into position</source>
        <translation>Sekunden, um in Position zu gehen</translation>
    </message>
    <message>
        <source>Seconds to switch sides</source>
        <translation>Sekunden für den Seitenwechsel</translation>
    </message>
    <message>
        <source>Slows (above 1) or quickens (below 1) the breathing pace of cat-cow</source>
        <translation>Verlangsamt (über 1) oder beschleunigt (unter 1) das Atemtempo bei Katze-Kuh</translation>
    </message>
    <message>
        <source>Sou&amp;nd and voice</source>
        <translation>&amp;Ton und Stimme</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Ton und Stimme</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation>&amp;Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>Still pictures show each position without moving between them</source>
        <translation>Standbilder zeigen jede Position, ohne Bewegung dazwischen</translation>
    </message>
    <message>
        <source>Supple speaks the language chosen here from the next time it starts.</source>
        <translation>Supple verwendet die hier gewählte Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Supple uses this the next time it starts.</source>
        <translation>Supple verwendet dies ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>T&amp;iming</source>
        <translation>&amp;Zeiten</translation>
    </message>
    <message>
        <source>Text and pictures may look a little soft when the desktop is scaled by a fraction, such as 125%.</source>
        <translation>Text und Bilder können etwas unscharf wirken, wenn der Desktop um einen Bruchteil skaliert ist, etwa auf 125 %.</translation>
    </message>
    <message>
        <source>The guide asks for 20 to 30 seconds; a routine&apos;s own length wins where it sets one</source>
        <translation>Die Anleitung empfiehlt 20 bis 30 Sekunden; legt eine Routine eine eigene Dauer fest, gilt diese</translation>
    </message>
    <message>
        <source>The mini timer cannot keep itself above other windows; you can pin it from the desktop&apos;s window menu, or bring it forward from the tray.</source>
        <translation>Der Mini-Timer kann sich nicht selbst über anderen Fenstern halten; Sie können ihn über das Fenstermenü des Desktops anheften oder über den Infobereich nach vorn holen.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Through XWa&amp;yland: the mini timer stays on top</source>
        <translation>Über XWa&amp;yland: Der Mini-Timer bleibt im Vordergrund</translation>
    </message>
    <message>
        <source>Warm muscles stretch further and strain less; the guide suggests 5 to 10 minutes</source>
        <translation>Warme Muskeln lassen sich weiter dehnen und werden seltener gezerrt; die Anleitung empfiehlt 5 bis 10 Minuten</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>Warm-up &amp;length</source>
        <translation>Dauer des Auf&amp;wärmens</translation>
    </message>
    <message>
        <source>Warm-up length in minutes</source>
        <translation>Dauer des Aufwärmens in Minuten</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>&apos;%1&apos; is built in: everyone has it already</source>
        <translation>„%1“ ist eingebaut: Alle haben diese Routine bereits</translation>
    </message>
    <message>
        <source>no longer holds &apos;%1&apos;</source>
        <translation>enthält „%1“ nicht mehr</translation>
    </message>
</context>
<context>
    <name>SharingActions</name>
    <message>
        <source>%1 comes with Supple: everyone has it already. Duplicate it to share your own.</source>
        <translation>%1 gehört zu Supple: Alle haben diese Routine bereits. Duplizieren Sie sie, um Ihre eigene Fassung zu teilen.</translation>
    </message>
    <message>
        <source>%1 was not exported:

%2</source>
        <comment>a routine&apos;s name, then why</comment>
        <translation>%1 wurde nicht exportiert:

%2</translation>
    </message>
    <message>
        <source>%1 was not imported:

%2</source>
        <comment>a file&apos;s name, then why</comment>
        <translation>%1 wurde nicht importiert:

%2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <comment>a file&apos;s name, then why</comment>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>Routine exportieren</translation>
    </message>
    <message>
        <source>Import routines</source>
        <translation>Routinen importieren</translation>
    </message>
    <message>
        <source>Supple routines (%1)</source>
        <comment>a file filter: the pattern stays as it is</comment>
        <translation>Supple-Routinen (%1)</translation>
    </message>
</context>
<context>
    <name>Sides</name>
    <message>
        <source>Left hip</source>
        <translation>Linke Hüfte</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation>Rechte Hüfte</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
</context>
<context>
    <name>SoundReasons</name>
    <message>
        <source>Chimes are off: Qt&apos;s multimedia support could not be loaded (%1).</source>
        <translation>Die Klänge sind aus: Die Multimedia-Unterstützung von Qt konnte nicht geladen werden (%1).</translation>
    </message>
    <message>
        <source>Chimes are off: a sound file could not be read (%1).</source>
        <translation>Die Klänge sind aus: Eine Tondatei konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Chimes are off: no audio output device was found.</source>
        <translation>Die Klänge sind aus: Es wurde kein Audioausgabegerät gefunden.</translation>
    </message>
    <message>
        <source>Chimes are off: sound files are missing from %1 (%2).</source>
        <translation>Die Klänge sind aus: In %1 fehlen Tondateien (%2).</translation>
    </message>
    <message>
        <source>Chimes are off: the audio device &apos;%1&apos; cannot play 16-bit mono sound.</source>
        <translation>Die Klänge sind aus: Das Audiogerät „%1“ kann keinen 16-Bit-Mono-Ton abspielen.</translation>
    </message>
    <message>
        <source>Chimes are off: the audio device &apos;%1&apos; could not be opened.</source>
        <translation>Die Klänge sind aus: Das Audiogerät „%1“ konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>SoundSettingsPanel</name>
    <message>
        <source>&amp;Breath tones and words during a flow</source>
        <translation>Töne und Worte zum Atem&amp;rhythmus</translation>
    </message>
    <message>
        <source>&amp;Halfway through a hold</source>
        <translation>&amp;Halbzeit beim Halten</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>Te&amp;mpo:</translation>
    </message>
    <message>
        <source>&amp;Speak the cues</source>
        <translation>&amp;Gesprochene Ansagen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probehören</translation>
    </message>
    <message>
        <source>Also play a cue:</source>
        <translation>Zusätzliche Hinweise:</translation>
    </message>
    <message>
        <source>Chime &amp;volume:</source>
        <translation>Klang&amp;lautstärke:</translation>
    </message>
    <message>
        <source>Chime volume</source>
        <translation>Klanglautstärke</translation>
    </message>
    <message>
        <source>Play &amp;chimes at each change</source>
        <translation>Bei jedem Wechsel einen &amp;Klang spielen</translation>
    </message>
    <message>
        <source>Play a chime and speak a sample line with these settings</source>
        <translation>Einen Klang und einen Beispielsatz mit diesen Einstellungen abspielen</translation>
    </message>
    <message>
        <source>Show voices for &amp;all languages</source>
        <translation>&amp;Stimmen aller Sprachen zeigen</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The &amp;last few seconds of a hold</source>
        <translation>Die letzten Seku&amp;nden beim Halten</translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation>St&amp;imme:</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Voice vol&amp;ume:</source>
        <translation>Stimmla&amp;utstärke:</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Stimmlautstärke</translation>
    </message>
</context>
<context>
    <name>SpeechReasons</name>
    <message>
        <source>On Linux, install speech-dispatcher (sudo apt install speech-dispatcher espeak-ng).</source>
        <translation>Installieren Sie unter Linux speech-dispatcher (sudo apt install speech-dispatcher espeak-ng).</translation>
    </message>
    <message>
        <source>The voice is off: Qt&apos;s text-to-speech support could not be loaded (%1).</source>
        <translation>Die Stimme ist aus: Die Sprachausgabe-Unterstützung von Qt konnte nicht geladen werden (%1).</translation>
    </message>
    <message>
        <source>The voice is off: no text-to-speech engine is installed.</source>
        <translation>Die Stimme ist aus: Es ist keine Sprachausgabe installiert.</translation>
    </message>
    <message>
        <source>The voice is off: the speech engine &apos;%1&apos; could not start (%2).</source>
        <translation>Die Stimme ist aus: Die Sprachausgabe „%1“ konnte nicht starten (%2).</translation>
    </message>
    <message>
        <source>The voice is off: the speech engine &apos;%1&apos; is not installed.</source>
        <translation>Die Stimme ist aus: Die Sprachausgabe „%1“ ist nicht installiert.</translation>
    </message>
    <message>
        <source>it gave no reason</source>
        <translation>ohne Angabe eines Grundes</translation>
    </message>
    <message>
        <source>the locale %1 is not installed on this system, so the voice starts under C.UTF-8</source>
        <translation>das Gebietsschema %1 ist auf diesem System nicht installiert, daher startet die Stimme unter C.UTF-8</translation>
    </message>
</context>
<context>
    <name>StatusWords</name>
    <message>
        <source>%1, key %2</source>
        <comment>a choice, then its key</comment>
        <translation>%1, Taste %2</translation>
    </message>
    <message>
        <source>%1; or %2</source>
        <comment>one choice or another</comment>
        <translation>%1; oder %2</translation>
    </message>
    <message>
        <source>Flow with your breath for %1, %2.</source>
        <translation>Bewegen Sie sich %1 lang mit dem Atem, %2.</translation>
    </message>
    <message>
        <source>Flow with your breath for %1.</source>
        <translation>Bewegen Sie sich %1 lang mit dem Atem.</translation>
    </message>
    <message>
        <source>Get into position: %1.</source>
        <translation>In Position gehen: %1.</translation>
    </message>
    <message>
        <source>Going on.</source>
        <translation>Es geht weiter.</translation>
    </message>
    <message>
        <source>Hold for %1, %2.</source>
        <comment>a length, then a side: &apos;Hold for 30 seconds, left leg.&apos;</comment>
        <translation>%1 lang halten, %2.</translation>
    </message>
    <message>
        <source>Hold for %1.</source>
        <translation>%1 lang halten.</translation>
    </message>
    <message>
        <source>Next up: %1.</source>
        <translation>Als Nächstes: %1.</translation>
    </message>
    <message>
        <source>Paused while the computer was asleep. Press Space to go on.</source>
        <translation>Pausiert, während der Computer im Ruhezustand war. Drücken Sie die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Paused. Press Space to go on.</source>
        <translation>Pausiert. Drücken Sie die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Release slowly.</source>
        <translation>Langsam lösen.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Seite wechseln.</translation>
    </message>
    <message>
        <source>Switch sides: %1.</source>
        <translation>Seite wechseln: %1.</translation>
    </message>
    <message>
        <source>The stretch is stopped. Choose: %1.</source>
        <translation>Die Dehnung ist beendet. Wählen Sie: %1.</translation>
    </message>
    <message>
        <source>Warm up: %1, %2.</source>
        <comment>a stretch, then its length: &apos;Warm up: marching, 4:00.&apos;</comment>
        <translation>Aufwärmen: %1, %2.</translation>
    </message>
</context>
<context>
    <name>StepDetails</name>
    <message>
        <source> s</source>
        <comment>after a number of seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>%1 follows the breath; it has no hold to set.</source>
        <comment>a stretch&apos;s name</comment>
        <translation>%1 folgt dem Atem; hier lässt sich keine Haltezeit einstellen.</translation>
    </message>
    <message>
        <source>%1 to %2 s for this stretch; %3 to %4 s is a good hold.</source>
        <translation>%1 bis %2 s für diese Dehnung; %3 bis %4 s sind eine gute Haltezeit.</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Haltezeit</translation>
    </message>
    <message>
        <source>&amp;Repetitions</source>
        <translation>&amp;Wiederholungen</translation>
    </message>
    <message>
        <source>Choose a step to change it.</source>
        <translation>Wählen Sie einen Schritt, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Haltezeit</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>S&amp;ides</source>
        <translation>Sei&amp;ten</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
</context>
<context>
    <name>StepSides</name>
    <message>
        <source>Left only</source>
        <translation>Nur links</translation>
    </message>
    <message>
        <source>Left, then right</source>
        <translation>Links, dann rechts</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>Nur rechts</translation>
    </message>
    <message>
        <source>Right, then left</source>
        <translation>Rechts, dann links</translation>
    </message>
</context>
<context>
    <name>StretchActions</name>
    <message>
        <source>%1 is used by %2, so it was not deleted. Take it out of those routines first.</source>
        <comment>a stretch&apos;s name, then the names of routines</comment>
        <translation>%1 wird in %2 verwendet und wurde daher nicht gelöscht. Nehmen Sie die Dehnung zuerst aus diesen Routinen heraus.</translation>
    </message>
    <message>
        <source>%1 was not deleted:
%2</source>
        <comment>a stretch&apos;s name, then why</comment>
        <translation>%1 wurde nicht gelöscht:
%2</translation>
    </message>
    <message>
        <source>Change the chosen stretch of yours</source>
        <translation>Ihre gewählte Dehnung ändern</translation>
    </message>
    <message>
        <source>Delete stretch</source>
        <translation>Dehnung löschen</translation>
    </message>
    <message>
        <source>Delete the chosen stretch of yours</source>
        <translation>Ihre gewählte Dehnung löschen</translation>
    </message>
    <message>
        <source>Delete your stretch %1?</source>
        <translation>Ihre Dehnung %1 löschen?</translation>
    </message>
    <message>
        <source>Dup&amp;licate stretch…</source>
        <translation>Dehnung dup&amp;lizieren…</translation>
    </message>
    <message>
        <source>Edi&amp;t stretch…</source>
        <translation>&amp;Dehnung bearbeiten…</translation>
    </message>
    <message>
        <source>Make a copy of the chosen stretch to change</source>
        <translation>Eine Kopie der gewählten Dehnung zum Ändern anlegen</translation>
    </message>
    <message>
        <source>Make a stretch of your own</source>
        <translation>Eine eigene Dehnung anlegen</translation>
    </message>
    <message>
        <source>New stret&amp;ch…</source>
        <translation>&amp;Neue Dehnung…</translation>
    </message>
</context>
<context>
    <name>StretchChecks</name>
    <message>
        <source>A flow has %1 to %2 breaths, each way %3 to %4 seconds.</source>
        <translation>Ein Flow hat %1 bis %2 Atemzüge, Ein- und Ausatmen je %3 bis %4 Sekunden.</translation>
    </message>
    <message>
        <source>A flow has between %1 and %2 breaths, not %3.</source>
        <translation>Ein Flow hat %1 bis %2 Atemzüge, nicht %3.</translation>
    </message>
    <message>
        <source>A stretch has at most %1 cautions, not %2.</source>
        <translation>Eine Dehnung hat höchstens %1 Vorsichtshinweise, nicht %2.</translation>
    </message>
    <message>
        <source>A stretch has at most %1 cues, not %2.</source>
        <translation>Eine Dehnung hat höchstens %1 Hinweise, nicht %2.</translation>
    </message>
    <message>
        <source>A stretch has at most %1 setup steps, not %2.</source>
        <translation>Eine Dehnung hat höchstens %1 Anleitungsschritte, nicht %2.</translation>
    </message>
    <message>
        <source>Add at least one caution.</source>
        <translation>Fügen Sie mindestens einen Vorsichtshinweis hinzu.</translation>
    </message>
    <message>
        <source>Add at least one cue.</source>
        <translation>Fügen Sie mindestens einen Hinweis hinzu.</translation>
    </message>
    <message>
        <source>Add at least one setup step.</source>
        <translation>Fügen Sie mindestens einen Anleitungsschritt hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>An illustration has at most %n picture(s).</source>
        <translation>
            <numerusform>Eine Abbildung hat höchstens %n Bild.</numerusform>
            <numerusform>Eine Abbildung hat höchstens %n Bilder.</numerusform>
        </translation>
    </message>
    <message>
        <source>An illustration&apos;s pictures must all be of one figure.</source>
        <translation>Alle Bilder einer Abbildung müssen dieselbe Figur zeigen.</translation>
    </message>
    <message>
        <source>Breathing in takes between %1 and %2 seconds, not %3.</source>
        <translation>Das Einatmen dauert %1 bis %2 Sekunden, nicht %3.</translation>
    </message>
    <message>
        <source>Breathing out takes between %1 and %2 seconds, not %3.</source>
        <translation>Das Ausatmen dauert %1 bis %2 Sekunden, nicht %3.</translation>
    </message>
    <message>
        <source>Choose an illustration.</source>
        <translation>Wählen Sie eine Abbildung.</translation>
    </message>
    <message>
        <source>Choose at least one area the stretch is for.</source>
        <translation>Wählen Sie mindestens einen Bereich, für den die Dehnung gedacht ist.</translation>
    </message>
    <message>
        <source>Give the stretch a name.</source>
        <translation>Geben Sie der Dehnung einen Namen.</translation>
    </message>
    <message>
        <source>Say how to breathe during it.</source>
        <translation>Beschreiben Sie die Atmung während der Dehnung.</translation>
    </message>
    <message>
        <source>Say what the stretch should feel like.</source>
        <translation>Beschreiben Sie, wie sich die Dehnung anfühlen soll.</translation>
    </message>
    <message>
        <source>Say why it helps.</source>
        <translation>Beschreiben Sie, warum die Dehnung hilft.</translation>
    </message>
    <message>
        <source>Supple has no picture named “%1”; choose one of its illustrations.</source>
        <translation>Supple hat kein Bild namens „%1“; wählen Sie eine der vorhandenen Abbildungen.</translation>
    </message>
    <message>
        <source>The activity&apos;s longest time must be between %1 and %2 seconds, not %3.</source>
        <translation>Die längste Dauer der Aktivität muss zwischen %1 und %2 Sekunden liegen, nicht bei %3.</translation>
    </message>
    <message>
        <source>The activity&apos;s shortest time must be between %1 and %2 seconds, not %3.</source>
        <translation>Die kürzeste Dauer der Aktivität muss zwischen %1 und %2 Sekunden liegen, nicht bei %3.</translation>
    </message>
    <message>
        <source>The activity&apos;s usual time must be between %1 and %2 seconds, not %3.</source>
        <translation>Die übliche Dauer der Aktivität muss zwischen %1 und %2 Sekunden liegen, nicht bei %3.</translation>
    </message>
    <message>
        <source>The caution on line %1 is empty.</source>
        <translation>Der Vorsichtshinweis in Zeile %1 ist leer.</translation>
    </message>
    <message>
        <source>The caution on line %1 is longer than %2 characters.</source>
        <translation>Der Vorsichtshinweis in Zeile %1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The cue on line %1 is empty.</source>
        <translation>Der Hinweis in Zeile %1 ist leer.</translation>
    </message>
    <message>
        <source>The cue on line %1 is longer than %2 characters.</source>
        <translation>Der Hinweis in Zeile %1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The hold&apos;s longest time must be between %1 and %2 seconds, not %3.</source>
        <translation>Die längste Haltezeit muss zwischen %1 und %2 Sekunden liegen, nicht bei %3.</translation>
    </message>
    <message>
        <source>The hold&apos;s shortest time must be between %1 and %2 seconds, not %3.</source>
        <translation>Die kürzeste Haltezeit muss zwischen %1 und %2 Sekunden liegen, nicht bei %3.</translation>
    </message>
    <message>
        <source>The hold&apos;s usual time must be between %1 and %2 seconds, not %3.</source>
        <translation>Die übliche Haltezeit muss zwischen %1 und %2 Sekunden liegen, nicht bei %3.</translation>
    </message>
    <message>
        <source>The setup step on line %1 is empty.</source>
        <translation>Der Anleitungsschritt in Zeile %1 ist leer.</translation>
    </message>
    <message>
        <source>The setup step on line %1 is longer than %2 characters.</source>
        <translation>Der Anleitungsschritt in Zeile %1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The usual time, %1 seconds, must lie between the shortest (%2) and the longest (%3).</source>
        <translation>Die übliche Zeit von %1 Sekunden muss zwischen der kürzesten (%2) und der längsten (%3) liegen.</translation>
    </message>
    <message>
        <source>“%1…” is longer than %2 characters.</source>
        <comment>the start of a text, then a number</comment>
        <translation>„%1…“ ist länger als %2 Zeichen.</translation>
    </message>
</context>
<context>
    <name>StretchEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without saving (Escape)</source>
        <translation>Ohne Speichern schließen (Esc)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <comment>a stretch&apos;s name</comment>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>Neue Dehnung</translation>
    </message>
    <message>
        <source>Not saved:
%1</source>
        <translation>Nicht gespeichert:
%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo what was undone (Ctrl+Shift+Z)</source>
        <translation>Rückgängig Gemachtes wiederherstellen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Save the stretch (Ctrl+S)</source>
        <translation>Die Dehnung speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Save your changes to %1 before closing?</source>
        <comment>a stretch&apos;s name</comment>
        <translation>Ihre Änderungen an %1 vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Save your changes to this stretch before closing?</source>
        <translation>Ihre Änderungen an dieser Dehnung vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Die letzte Änderung rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>StretchFields</name>
    <message>
        <source>Activity: timed, like a warm-up</source>
        <translation>Aktivität: auf Zeit, wie ein Aufwärmen</translation>
    </message>
    <message>
        <source>All fours</source>
        <translation>Im Vierfüßlerstand</translation>
    </message>
    <message>
        <source>Flow: movement with the breath</source>
        <translation>Flow: Bewegung mit dem Atem</translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <source>Hips</source>
        <translation>Hüften</translation>
    </message>
    <message>
        <source>Hold: a still, timed stretch</source>
        <translation>Halten: eine ruhige Dehnung auf Zeit</translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation>Im Knien</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Lying on back</source>
        <translation>In Rückenlage</translation>
    </message>
    <message>
        <source>Piriformis</source>
        <translation>Piriformis</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Im Sitzen</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>Wirbelsäule</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
    <message>
        <source>Thighs</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <source>Whole body</source>
        <translation>Ganzer Körper</translation>
    </message>
</context>
<context>
    <name>StretchForm</name>
    <message>
        <source> breaths</source>
        <comment>after the number of breaths in a box</comment>
        <translation> Atemzüge</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number of seconds in a box</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <comment>a one-sided stretch&apos;s sides in turn: &apos;Left leg, then right leg&apos;</comment>
        <translation>%1, dann %2</translation>
    </message>
    <message>
        <source>&amp;Breaths</source>
        <translation>Atem&amp;züge</translation>
    </message>
    <message>
        <source>&amp;Cues while holding</source>
        <translation>&amp;Hinweise beim Halten</translation>
    </message>
    <message>
        <source>&amp;Feel</source>
        <translation>&amp;Gefühl</translation>
    </message>
    <message>
        <source>&amp;Illustration: the held position</source>
        <translation>Abb&amp;ildung: die gehaltene Position</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Longest</source>
        <translation>&amp;Längste</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;One side at a time (left, then right)</source>
        <translation>S&amp;eitenweise (erst links, dann rechts)</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>&amp;Usual</source>
        <translation>&amp;Übliche</translation>
    </message>
    <message>
        <source>&amp;Why it helps</source>
        <translation>&amp;Warum es hilft</translation>
    </message>
    <message>
        <source>Activity, in seconds</source>
        <translation>Dauer der Aktivität in Sekunden</translation>
    </message>
    <message>
        <source>Add the caution at the end (Enter)</source>
        <translation>Den Vorsichtshinweis am Ende hinzufügen (Enter)</translation>
    </message>
    <message>
        <source>Add the cue at the end (Enter)</source>
        <translation>Den Hinweis am Ende hinzufügen (Enter)</translation>
    </message>
    <message>
        <source>Add the setup step at the end (Enter)</source>
        <translation>Den Anleitungsschritt am Ende hinzufügen (Enter)</translation>
    </message>
    <message>
        <source>Areas it is for</source>
        <translation>Für diese Bereiche</translation>
    </message>
    <message>
        <source>B&amp;reathing</source>
        <translation>At&amp;mung</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>Breathing pace</source>
        <translation>Atemtempo</translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation>Atemzüge</translation>
    </message>
    <message>
        <source>C&amp;autions</source>
        <translation>&amp;Vorsichtshinweise</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Vorsichtshinweise</translation>
    </message>
    <message>
        <source>Change one side at a time</source>
        <translation>„Eine Seite nach der anderen“ ändern</translation>
    </message>
    <message>
        <source>Change the areas</source>
        <translation>Bereiche ändern</translation>
    </message>
    <message>
        <source>Change the breathing</source>
        <translation>Atmung ändern</translation>
    </message>
    <message>
        <source>Change the breathing pace</source>
        <translation>Atemtempo ändern</translation>
    </message>
    <message>
        <source>Change the cautions</source>
        <translation>Vorsichtshinweise ändern</translation>
    </message>
    <message>
        <source>Change the cues</source>
        <translation>Hinweise ändern</translation>
    </message>
    <message>
        <source>Change the feel</source>
        <translation>Gefühl ändern</translation>
    </message>
    <message>
        <source>Change the kind</source>
        <translation>Art ändern</translation>
    </message>
    <message>
        <source>Change the name</source>
        <translation>Namen ändern</translation>
    </message>
    <message>
        <source>Change the position</source>
        <translation>Position ändern</translation>
    </message>
    <message>
        <source>Change the setup steps</source>
        <translation>Anleitungsschritte ändern</translation>
    </message>
    <message>
        <source>Change the sides</source>
        <translation>Seiten ändern</translation>
    </message>
    <message>
        <source>Change why it helps</source>
        <translation>„Warum es hilft“ ändern</translation>
    </message>
    <message>
        <source>Choose the illustration</source>
        <translation>Abbildung wählen</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Each between %1 and %2 seconds.</source>
        <translation>Jeweils zwischen %1 und %2 Sekunden.</translation>
    </message>
    <message>
        <source>Each between %1 and %2 seconds; %3 to %4 is a good hold.</source>
        <translation>Jeweils zwischen %1 und %2 Sekunden; %3 bis %4 sind eine gute Haltezeit.</translation>
    </message>
    <message>
        <source>Feel</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <source>Hold, in seconds</source>
        <translation>Haltezeit in Sekunden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>New caution</source>
        <translation>Neuer Vorsichtshinweis</translation>
    </message>
    <message>
        <source>New cue</source>
        <translation>Neuer Hinweis</translation>
    </message>
    <message>
        <source>New setup step</source>
        <translation>Neuer Anleitungsschritt</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Remove the chosen caution (Delete)</source>
        <translation>Den gewählten Vorsichtshinweis entfernen (Entf)</translation>
    </message>
    <message>
        <source>Remove the chosen cue (Delete)</source>
        <translation>Den gewählten Hinweis entfernen (Entf)</translation>
    </message>
    <message>
        <source>Remove the chosen setup step (Delete)</source>
        <translation>Den gewählten Anleitungsschritt entfernen (Entf)</translation>
    </message>
    <message>
        <source>S&amp;etup steps, in order</source>
        <translation>Anleitungsschritte, der &amp;Reihe nach</translation>
    </message>
    <message>
        <source>S&amp;hortest</source>
        <translation>&amp;Kürzeste</translation>
    </message>
    <message>
        <source>Set the longest time to %1 s</source>
        <translation>Längste Zeit auf %1 s setzen</translation>
    </message>
    <message>
        <source>Set the shortest time to %1 s</source>
        <translation>Kürzeste Zeit auf %1 s setzen</translation>
    </message>
    <message>
        <source>Set the usual time to %1 s</source>
        <translation>Übliche Zeit auf %1 s setzen</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>Anleitungsschritte</translation>
    </message>
    <message>
        <source>Si&amp;des</source>
        <translation>Sei&amp;ten</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Type a caution, then Enter</source>
        <translation>Vorsichtshinweis eingeben, dann Enter</translation>
    </message>
    <message>
        <source>Type a cue, then Enter</source>
        <translation>Hinweis eingeben, dann Enter</translation>
    </message>
    <message>
        <source>Type a setup step, then Enter</source>
        <translation>Anleitungsschritt eingeben, dann Enter</translation>
    </message>
    <message>
        <source>Why it helps</source>
        <translation>Warum es hilft</translation>
    </message>
</context>
<context>
    <name>StretchPicker</name>
    <message>
        <source>%1 (yours)</source>
        <comment>a stretch of the person&apos;s own, in the list</comment>
        <translation>%1 (Ihre)</translation>
    </message>
    <message>
        <source>Find a stretch</source>
        <translation>Dehnung suchen</translation>
    </message>
    <message>
        <source>Stretches to add</source>
        <translation>Dehnungen zum Hinzufügen</translation>
    </message>
</context>
<context>
    <name>Suggest</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a routine&apos;s name, then its length: &apos;Desk break (5 min)&apos;</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Supple</name>
    <message>
        <source>There is no routine called &apos;%1&apos;.</source>
        <translation>Es gibt keine Routine namens „%1“.</translation>
    </message>
    <message>
        <source>Your routine goes on here. Click the icon to bring the window back.</source>
        <translation>Ihre Routine läuft hier weiter. Klicken Sie auf das Symbol, um das Fenster zurückzuholen.</translation>
    </message>
</context>
<context>
    <name>TextListEdit</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>F2 edits a line, Alt+Up and Alt+Down move it, Delete removes it</source>
        <translation>F2 bearbeitet eine Zeile, Alt+Pfeiltaste oben und Alt+Pfeiltaste unten verschieben sie, Entf entfernt sie</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Hide Supple</source>
        <translation>Supple ausblenden</translation>
    </message>
    <message>
        <source>Show Supple</source>
        <translation>Supple anzeigen</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>&amp;Bring the mini timer forward</source>
        <translation>Mini-Timer in den &amp;Vordergrund holen</translation>
    </message>
    <message>
        <source>Pause reminders for 1 hour</source>
        <translation>Erinnerungen für 1 Stunde pausieren</translation>
    </message>
    <message>
        <source>Pause reminders until tomorrow</source>
        <translation>Erinnerungen bis morgen pausieren</translation>
    </message>
    <message>
        <source>Quit Supple</source>
        <translation>Supple beenden</translation>
    </message>
    <message numerus="yes">
        <source>Remind me in %n min</source>
        <translation>
            <numerusform>In %n Min. erinnern</numerusform>
            <numerusform>In %n Min. erinnern</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <source>Show Supple</source>
        <translation>Supple anzeigen</translation>
    </message>
    <message>
        <source>Start a routine</source>
        <translation>Routine starten</translation>
    </message>
</context>
<context>
    <name>Trouble</name>
    <message>
        <source>Chimes and voice stopped responding, so the routine goes on silently.</source>
        <translation>Klänge und Stimme reagieren nicht mehr; die Routine läuft ohne Ton weiter.</translation>
    </message>
    <message>
        <source>The chimes stopped playing, so the routine goes on silently.</source>
        <translation>Die Klänge spielen nicht mehr; die Routine läuft ohne Ton weiter.</translation>
    </message>
    <message>
        <source>The chimes stopped playing, so the routine goes on with the voice only.</source>
        <translation>Die Klänge spielen nicht mehr; die Routine läuft nur mit Stimme weiter.</translation>
    </message>
    <message>
        <source>The voice stopped responding, so the routine goes on silently.</source>
        <translation>Die Stimme reagiert nicht mehr; die Routine läuft ohne Ton weiter.</translation>
    </message>
    <message>
        <source>The voice stopped responding, so the routine goes on with chimes only.</source>
        <translation>Die Stimme reagiert nicht mehr; die Routine läuft nur mit Klängen weiter.</translation>
    </message>
</context>
<context>
    <name>UserFiles</name>
    <message>
        <source>&apos;%1&apos; is used by %2; take it out of those routines first</source>
        <comment>%2: routines&apos; names</comment>
        <translation>„%1“ wird in %2 verwendet; nehmen Sie die Dehnung zuerst aus diesen Routinen heraus</translation>
    </message>
    <message>
        <source>a built-in routine is never changed; save a copy</source>
        <translation>eine eingebaute Routine wird nie geändert; speichern Sie eine Kopie</translation>
    </message>
    <message>
        <source>a built-in stretch is never changed; duplicate it</source>
        <translation>eine eingebaute Dehnung wird nie geändert; duplizieren Sie sie</translation>
    </message>
    <message>
        <source>a built-in stretch is never deleted</source>
        <translation>eine eingebaute Dehnung wird nie gelöscht</translation>
    </message>
    <message>
        <source>holds no routine &apos;%1&apos; to delete</source>
        <translation>enthält keine Routine „%1“ zum Löschen</translation>
    </message>
    <message>
        <source>holds no stretch &apos;%1&apos; to delete</source>
        <translation>enthält keine Dehnung „%1“ zum Löschen</translation>
    </message>
    <message>
        <source>is not a catalogue</source>
        <translation>ist kein Katalog</translation>
    </message>
</context>
<context>
    <name>VoiceLanguage</name>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>No %1 voice is installed, so the voice speaks %2.</source>
        <comment>%1 and %2: languages, &apos;German&apos;, &apos;English&apos;</comment>
        <translation>Es ist keine Stimme für %1 installiert, daher spricht die Stimme %2.</translation>
    </message>
    <message>
        <source>No %1 voice is installed, so the voice speaks the speech engine&apos;s own language.</source>
        <comment>%1: a language, &apos;German&apos;</comment>
        <translation>Es ist keine Stimme für %1 installiert, daher spricht die Stimme in der Sprache der Sprachausgabe.</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>%1 %2</source>
        <comment>minutes, then seconds: &apos;4 minutes 55 seconds&apos;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a stretch&apos;s name, then its side: &apos;Knee to chest, left leg&apos;</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
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
        <source>? min</source>
        <translation>? Min.</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>Am Schreibtisch</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <source>Back and glutes</source>
        <translation>Rücken und Gesäß</translation>
    </message>
    <message>
        <source>Exhale</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Flow with your breath</source>
        <translation>Mit dem Atem bewegen</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>In Position gehen</translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Inhale</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Next up</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>Am Boden</translation>
    </message>
    <message>
        <source>Release slowly</source>
        <translation>Langsam lösen</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Time stretching</source>
        <translation>Dehnzeit</translation>
    </message>
    <message>
        <source>Time stretching: %1</source>
        <translation>Dehnzeit: %1</translation>
    </message>
    <message>
        <source>Warm up</source>
        <translation>Aufwärmen</translation>
    </message>
</context>
<context>
    <name>WorkerOutput</name>
    <message>
        <source>Chimes are off: the sound system stopped responding ({why}).</source>
        <translation>Die Klänge sind aus: Das Tonsystem reagiert nicht mehr ({why}).</translation>
    </message>
    <message>
        <source>The voice is off: the speech engine stopped responding ({why}).</source>
        <translation>Die Stimme ist aus: Die Sprachausgabe reagiert nicht mehr ({why}).</translation>
    </message>
</context>
</TS>
