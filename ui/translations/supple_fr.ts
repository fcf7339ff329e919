<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>MainForm</name>
    <message>
        <source>A small timer that stays on top of your work (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
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
</TS>
