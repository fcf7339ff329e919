<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Abilities</name>
    <message>
        <source>Windows last input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows notification state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X11 full-screen window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X11 screen saver extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an app keeping the screen awake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS input events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screen locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Announce</name>
    <message>
        <source>%1. Get into position slowly, only as far as a light stretch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Get into position.</source>
        <comment>a stretch and its side, then what to do</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Start gently.</source>
        <comment>a warm-up&apos;s name, then how</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Take it easy.</source>
        <comment>a warm-up&apos;s name, then how</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow with your breath, moving only a little. %1</source>
        <comment>%1: &apos;Inhale.&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow with your breath. %1</source>
        <comment>%1: &apos;Inhale.&apos; or &apos;Exhale.&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold gently, only to a light stretch, and ease out if it hurts. Breathe slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold. Breathe slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <comment>the next stretch</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release slowly. Ease out and rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release slowly. Next: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine complete. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides, slowly, only as far as a light stretch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the %1, slowly, only as far as a light stretch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the %1.</source>
        <comment>a side: &apos;Switch to the right leg.&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the right leg. Hold, and breathe slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go on gently, with a shorter and lighter hold, press %1. To skip this stretch, press %2.</source>
        <comment>%1 and %2: keys, &apos;the space bar&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the left arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the right arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the space bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioNotice</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the sound and voice again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message numerus="yes">
        <source>%1: %n min</source>
        <comment>a day, then the minutes stretched on it</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>a routine&apos;s name, its area and its place</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: added %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: added no routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: more than %n problems; the first %n are listed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid (%2 stretches, %3 routines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: written (%2); `supple import %1` adds it elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AREA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided stretch breaks for your lower back and glutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STRETCHES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add Supple to your application menu (Linux)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the routines of a shared file to your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a routine&apos;s phases with their timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quit when the routine completes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove what install-desktop added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run time faster (demos, tests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the small always-on-top timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start this routine at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start with no window: only the tray icon and the stretch reminders (login uses this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supple: %1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supple: no routine &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supple: no routine &apos;%1&apos;. Known routines: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supple: the built-in catalogue cannot be used:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of the words and the catalogue: en, de, fr, es (or en-XA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speed must be above 0 and at most 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate a catalogue file, or the catalogue&apos;s translations and what they miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write one of your routines to a file you can share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCheck</name>
    <message>
        <source>  missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n problem(s); those texts are shown in English</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): valid; %n text(s) missing, shown in English</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): valid; every text is translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the translations for &apos;%2&apos; are not used: Supple has no such language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en-XA: the test language is made from the English texts; there is nothing to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en: the catalogue is written in English; there is nothing to translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supple: the built-in catalogue cannot be used:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>%1 (my copy)</source>
        <comment>the name of a copy of a routine or stretch</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is held for %2 to %3 seconds, not %4.</source>
        <comment>a stretch&apos;s name, then seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a timed hold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>%1 %2 of %3</source>
        <comment>day of the week, breaks taken of reminders shown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3), during %4</source>
        <comment>date: stretch (side), during routine</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, during %4</source>
        <comment>date: stretch, during routine</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best streak: %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No reminders this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sharp pain reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Supple can remind you to stretch after %n minute(s) at the keyboard. It waits while you are away, in full screen or in do-not-disturb, and you can snooze or skip each reminder. Remind you?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glancing</name>
    <message>
        <source>%1 — %2</source>
        <comment>the app&apos;s name, then how the routine ended</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a stretch, then its phase: &apos;Cat-cow — Paused&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <comment>a stretch, its phase, the time left: &apos;Knee to chest, left leg — Hold, 12 s&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds left, in short</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Go on gently, or skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCauses</name>
    <message>
        <source>%1 (%2)</source>
        <comment>the cause, then the system&apos;s own words for it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is in use by another program (it is locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission is denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>History is off: %1 %2. Sessions are not recorded until this is sorted out.</source>
        <comment>%1: the file, %2: why (&apos;could not be made&apos;)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is off: %1 %2. The file was left as it is; sessions are not recorded until this is sorted out.</source>
        <comment>%1: the file, %2: why (&apos;is damaged&apos;)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldTimer</name>
    <message>
        <source>Hold timer. Space pauses or goes on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportIds</name>
    <message>
        <source>A different stretch called &apos;%1&apos; already exists; this file&apos;s will be &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routine called &apos;%1&apos; already exists. Import it as &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import the file with the new id(s) above?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Instructions</name>
    <message>
        <source>Breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come out slowly, undoing the way you went in, one part at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easing out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <comment>how to hold the body well</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting into position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the pain stays while you rest, stop the routine and ask a health professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest in a position that feels comfortable, and breathe easily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop pushing into the stretch and let the pull go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You should feel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyframeChooser</name>
    <message>
        <source>%1.</source>
        <comment>a picture&apos;s name, as a caption</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the left side, and the right drawn as its mirror.</source>
        <comment>a picture&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the picture of the held position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <comment>a picture&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyframes</name>
    <message>
        <source>Cat-cow, back dipped (cow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cat-cow, back rounded (cat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s pose, folded forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s pose, on all fours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure four, feet down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure four, legs crossed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure four, legs drawn in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee to chest, knee drawn in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee to chest, starting position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March in place, left knee up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March in place, right knee up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated glute stretch, feet down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated glute stretch, leaning forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated glute stretch, sitting upright</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainForm</name>
    <message>
        <source>A small timer that stays on top of your work (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <comment>go back to the previous stretch (a button), not the body part</comment>
        <translation type="unfinished">Dos</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the routine (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on gently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes per day, streaks and pain reports (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart this stretch (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharp pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharp pain: stop this stretch now and ease out slowly (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip ahead (Right arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this stretch (Right arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected routine (Enter or Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timings, theme, chimes and voice (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the previous stretch (Left arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try this stretch again, more gently (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — %2</source>
        <comment>window title: what is shown, then the app</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: illustration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, pause or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the routine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this routine now? What you have done so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress opens when this routine ends, so the timer stays in view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>... and %n more (see the details).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some of your files could not be used:

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MiniCommands</name>
    <message>
        <source>%1%</source>
        <comment>an opacity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to keep it on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity (not available here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MiniFace</name>
    <message>
        <source>%1: illustration</source>
        <comment>a stretch&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Supple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharp pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip ahead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MiniTimer</name>
    <message>
        <source>Supple runs here as a native Wayland window, and Wayland does not let a window keep itself above the others, so the mini timer can end up behind your work.

To pin it yourself: on GNOME, click the mini timer, press Alt+Space and choose &quot;Always on Top&quot;; on KDE Plasma, press Alt+F3 and choose More Actions, then &quot;Keep Above Others&quot;. &quot;Bring the mini timer forward&quot; in the tray menu puts it back in front.

To have it stay on top by itself where the desktop has XWayland, choose &quot;Through XWayland&quot; in Settings, Appearance, and start Supple again (unless you set QT_QPA_PLATFORM yourself: Supple then leaves it as it is).</source>
        <extracomment>&quot;Always on Top&quot;, &quot;More Actions&quot; and &quot;Keep Above Others&quot; are GNOME&apos;s and KDE&apos;s own menu words: use theirs in your language. &quot;Through XWayland&quot; and &quot;Settings, Appearance&quot; are Supple&apos;s own.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesChart</name>
    <message numerus="yes">
        <source>%1 of the last %n day(s) with stretching</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes stretched per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stretching in these weeks yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <source>Chimes are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice is off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>%1 (each side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;Start&lt;/b&gt; to begin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PosePanel</name>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoseView</name>
    <message>
        <source>Pose illustration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>R&amp;eminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings could not be saved to %1: %2.

They apply until Supple closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>%1, %2</source>
        <comment>a phase, then a side: &apos;Hold, left leg&apos;</comment>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message>
        <source>%1, %2 left</source>
        <comment>a phase, then the time left</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 left, %3</source>
        <comment>a phase, the time left, a side: &apos;Hold, 19 seconds left, left leg&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <comment>the stretches done, as a heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ease out of %1 slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If pain like this comes back, leave that stretch out and ask a health professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <comment>the other side: &apos;Next: right leg&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <comment>the next stretch: &apos;Next: cat-cow&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: round %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine complete. Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharp pain reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip or go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this stretch, or go on gently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch %1 of %2 · %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up · %1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks taken of the reminders shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the whole history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every recorded session, including pain reports? This cannot be undone. Export to CSV first if you may want them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the history to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes stretched per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most-done routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most-done stretches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet: your progress shows here after your first routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharp pain reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderPrompt</name>
    <message>
        <source>%1: %2</source>
        <comment>the title, then the routine offered</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n min</source>
        <comment>snooze: remind me in so many minutes</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for a stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have been at it for %n min. %1 would fit now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been at it for %n min. A routine would fit now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You have put it off a few times. How about a short one at your desk: %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have put it off a few times. How about a short routine at your desk?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPanel</name>
    <message>
        <source> min</source>
        <comment>a spin box&apos;s suffix: minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind me to stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snoozes in a row, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After w&amp;orking for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes away that count as a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of work between reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only during my working &amp;hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozes in a row before only a short break is offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Supple when I log &amp;in (in the tray)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;away that counts as a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <comment>working hours: from 9:00</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>working hours: to 17:00</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <source>Next reminder in %1 of work</source>
        <comment>%1: &apos;25 min&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reminder: soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for a stretch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Supple could not add itself to the programs that start at login: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supple could not remove itself from the programs that start at login: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>%1 (read only)</source>
        <comment>a routine&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes with Supple and cannot be deleted. Duplicate it to make your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted:
%2</source>
        <comment>a routine&apos;s name, then why</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <comment>a routine&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your routine %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <comment>a routine&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the routine first: Export shares the routine as it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>%1 s</source>
        <comment>a step&apos;s hold in seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a step&apos;s number, then its stretch</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2, %3</source>
        <comment>a step&apos;s number, its stretch, then its hold, repetitions and sides</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <comment>undo: a stretch&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one stretch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the chosen stretch at the end (Enter in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the routines of a shared file (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <comment>a routine&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the routine a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold %1 for %2 s</source>
        <comment>undo: a stretch&apos;s name, then seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step earlier (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step later (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stretches yet: add one from the list on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: its file has problems. Fix them and open it again.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo what was undone (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <comment>undo: a stretch&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the step (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the routine (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to %1 before closing?</source>
        <comment>a routine&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to this routine before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words what the routine is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretches to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this routine, as saved, to a file to share (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineList</name>
    <message>
        <source>%1 (yours)</source>
        <comment>a routine of the person&apos;s own, in the list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n stretch(es)</source>
        <comment>a routine&apos;s length, its place, its number of stretches</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a routine&apos;s name, then its facts, read by a screen reader</comment>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seeing</name>
    <message>
        <source>A reminder waits for a better moment when it sees: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen on this computer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supple notices when you are away through the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not tell Supple when you are away, so reminders follow plain time: a break away from the keyboard is not noticed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a tooltip, then its key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this stretch again with a shorter hold, only to a light stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ease out of the stretch now, then choose to skip it or go on gently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the start of the previous stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on gently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart this stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharp pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the rest of this part of the stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this stretch again from getting into position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, pause or resume the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the routine; what you have done so far is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the routine…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>%1 (%2): %3.</source>
        <comment>a choice&apos;s words, its key, what it does: &apos;Go on gently (Space): a shorter, lighter hold.&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gently this time: only to a light stretch, and ease out if it hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on gently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shorter, lighter hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on to the next one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPane</name>
    <message>
        <source>Key: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Chimes and spoken cues are set here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still pictures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> × usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breath length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get into position for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold each stretch for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warm up before routines that have a warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath pace, as a multiple of the usual breath length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default hold length in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;gure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native &amp;Wayland: sharp at any scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a Wayland desktop (Linux)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch sides in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to get into position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slows (above 1) or quickens (below 1) the breathing pace of cat-cow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sou&amp;nd and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still pictures show each position without moving between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supple speaks the language chosen here from the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supple uses this the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;iming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text and pictures may look a little soft when the desktop is scaled by a fraction, such as 125%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide asks for 20 to 30 seconds; a routine&apos;s own length wins where it sets one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mini timer cannot keep itself above other windows; you can pin it from the desktop&apos;s window menu, or bring it forward from the tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through XWa&amp;yland: the mini timer stays on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm muscles stretch further and strain less; the guide suggests 5 to 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up &amp;length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>&apos;%1&apos; is built in: everyone has it already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer holds &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharingActions</name>
    <message>
        <source>%1 comes with Supple: everyone has it already. Duplicate it to share your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not exported:

%2</source>
        <comment>a routine&apos;s name, then why</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported:

%2</source>
        <comment>a file&apos;s name, then why</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <comment>a file&apos;s name, then why</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supple routines (%1)</source>
        <comment>a file filter: the pattern stays as it is</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sides</name>
    <message>
        <source>Left hip</source>
        <translation>Hanche gauche</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Jambe gauche</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation>Hanche droite</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Jambe droite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
</context>
<context>
    <name>SoundReasons</name>
    <message>
        <source>Chimes are off: Qt&apos;s multimedia support could not be loaded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chimes are off: a sound file could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chimes are off: no audio output device was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chimes are off: sound files are missing from %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chimes are off: the audio device &apos;%1&apos; cannot play 16-bit mono sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chimes are off: the audio device &apos;%1&apos; could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoundSettingsPanel</name>
    <message>
        <source>&amp;Breath tones and words during a flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Halfway through a hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speak the cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also play a cue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chime &amp;volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chime volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play &amp;chimes at each change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a chime and speak a sample line with these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show voices for &amp;all languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;last few seconds of a hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice vol&amp;ume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeechReasons</name>
    <message>
        <source>On Linux, install speech-dispatcher (sudo apt install speech-dispatcher espeak-ng).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice is off: Qt&apos;s text-to-speech support could not be loaded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice is off: no text-to-speech engine is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice is off: the speech engine &apos;%1&apos; could not start (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice is off: the speech engine &apos;%1&apos; is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the locale %1 is not installed on this system, so the voice starts under C.UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusWords</name>
    <message>
        <source>%1, key %2</source>
        <comment>a choice, then its key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; or %2</source>
        <comment>one choice or another</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow with your breath for %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow with your breath for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get into position: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for %1, %2.</source>
        <comment>a length, then a side: &apos;Hold for 30 seconds, left leg.&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next up: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused while the computer was asleep. Press Space to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. Press Space to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stretch is stopped. Choose: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm up: %1, %2.</source>
        <comment>a stretch, then its length: &apos;Warm up: marching, 4:00.&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDetails</name>
    <message>
        <source> s</source>
        <comment>after a number of seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 follows the breath; it has no hold to set.</source>
        <comment>a stretch&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 s for this stretch; %3 to %4 s is a good hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a step to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished">Tenez</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepSides</name>
    <message>
        <source>Left only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left, then right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right, then left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StretchActions</name>
    <message>
        <source>%1 is used by %2, so it was not deleted. Take it out of those routines first.</source>
        <comment>a stretch&apos;s name, then the names of routines</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted:
%2</source>
        <comment>a stretch&apos;s name, then why</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen stretch of yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen stretch of yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your stretch %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dup&amp;licate stretch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edi&amp;t stretch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a copy of the chosen stretch to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a stretch of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stret&amp;ch…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StretchChecks</name>
    <message>
        <source>A flow has %1 to %2 breaths, each way %3 to %4 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flow has between %1 and %2 breaths, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stretch has at most %1 cautions, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stretch has at most %1 cues, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stretch has at most %1 setup steps, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one caution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one cue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one setup step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An illustration has at most %n picture(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An illustration&apos;s pictures must all be of one figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing in takes between %1 and %2 seconds, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing out takes between %1 and %2 seconds, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an illustration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one area the stretch is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the stretch a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how to breathe during it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the stretch should feel like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why it helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supple has no picture named “%1”; choose one of its illustrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity&apos;s longest time must be between %1 and %2 seconds, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity&apos;s shortest time must be between %1 and %2 seconds, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity&apos;s usual time must be between %1 and %2 seconds, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caution on line %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caution on line %1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cue on line %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cue on line %1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold&apos;s longest time must be between %1 and %2 seconds, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold&apos;s shortest time must be between %1 and %2 seconds, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold&apos;s usual time must be between %1 and %2 seconds, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setup step on line %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setup step on line %1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual time, %1 seconds, must lie between the shortest (%2) and the longest (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1…” is longer than %2 characters.</source>
        <comment>the start of a text, then a number</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StretchEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <comment>a stretch&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo what was undone (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the stretch (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to %1 before closing?</source>
        <comment>a stretch&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to this stretch before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StretchFields</name>
    <message>
        <source>Activity: timed, like a warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow: movement with the breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation type="unfinished">Fessiers</translation>
    </message>
    <message>
        <source>Hips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold: a still, timed stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lying on back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piriformis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thighs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StretchForm</name>
    <message>
        <source> breaths</source>
        <comment>after the number of breaths in a box</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number of seconds in a box</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <comment>a one-sided stretch&apos;s sides in turn: &apos;Left leg, then right leg&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cues while holding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Illustration: the held position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One side at a time (left, then right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why it helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the caution at the end (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the cue at the end (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the setup step at the end (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;reathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;autions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change one side at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the breathing pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the feel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the setup steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change why it helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the illustration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each between %1 and %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each between %1 and %2 seconds; %3 to %4 is a good hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New setup step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen caution (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen cue (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen setup step (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;etup steps, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hortest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the longest time to %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the shortest time to %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the usual time to %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;des</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a caution, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a cue, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a setup step, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it helps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StretchPicker</name>
    <message>
        <source>%1 (yours)</source>
        <comment>a stretch of the person&apos;s own, in the list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretches to add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Suggest</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a routine&apos;s name, then its length: &apos;Desk break (5 min)&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Supple</name>
    <message>
        <source>There is no routine called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routine goes on here. Click the icon to bring the window back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextListEdit</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 edits a line, Alt+Up and Alt+Down move it, Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Hide Supple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Supple</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>&amp;Bring the mini timer forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reminders for 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reminders until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Supple</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remind me in %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Supple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a routine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Trouble</name>
    <message>
        <source>Chimes and voice stopped responding, so the routine goes on silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chimes stopped playing, so the routine goes on silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chimes stopped playing, so the routine goes on with the voice only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice stopped responding, so the routine goes on silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice stopped responding, so the routine goes on with chimes only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserFiles</name>
    <message>
        <source>&apos;%1&apos; is used by %2; take it out of those routines first</source>
        <comment>%2: routines&apos; names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a built-in routine is never changed; save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a built-in stretch is never changed; duplicate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a built-in stretch is never deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no routine &apos;%1&apos; to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no stretch &apos;%1&apos; to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a catalogue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceLanguage</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 voice is installed, so the voice speaks %2.</source>
        <comment>%1 and %2: languages, &apos;German&apos;, &apos;English&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 voice is installed, so the voice speaks the speech engine&apos;s own language.</source>
        <comment>%1: a language, &apos;German&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>? min</source>
        <translation>? min</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>Au bureau</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Dos</translation>
    </message>
    <message>
        <source>Back and glutes</source>
        <translation>Dos et fessiers</translation>
    </message>
    <message>
        <source>Exhale</source>
        <translation>Expirez</translation>
    </message>
    <message>
        <source>Flow with your breath</source>
        <translation>Bougez au rythme du souffle</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>Mettez-vous en position</translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation>Fessiers</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tenez</translation>
    </message>
    <message>
        <source>Inhale</source>
        <translation>Inspirez</translation>
    </message>
    <message>
        <source>Next up</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>Au sol</translation>
    </message>
    <message>
        <source>Release slowly</source>
        <translation>Relâchez lentement</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
    <message>
        <source>Time stretching</source>
        <translation>Temps d’étirement</translation>
    </message>
    <message>
        <source>Time stretching: %1</source>
        <translation>Temps d’étirement : %1</translation>
    </message>
    <message>
        <source>Warm up</source>
        <translation>Échauffement</translation>
    </message>
</context>
<context>
    <name>WorkerOutput</name>
    <message>
        <source>Chimes are off: the sound system stopped responding ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice is off: the speech engine stopped responding ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
