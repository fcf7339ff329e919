<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
    <name>MainForm</name>
    <message>
        <source>A small timer that stays on top of your work (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <comment>go back to the previous stretch (a button), not the body part</comment>
        <translation type="unfinished">Rücken</translation>
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
        <translation>Im Atemrhythmus bewegen</translation>
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
        <translation>Auf dem Boden</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice is off: the speech engine stopped responding ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
