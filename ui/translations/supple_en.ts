<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Chart</name>
        <message numerus="yes">
            <source>%1: %n min</source>
            <comment>a day, then the minutes stretched on it</comment>
            <translation>
                <numerusform>%1: %n min</numerusform>
                <numerusform>%1: %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <comment>the chart's scale: a number of minutes</comment>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message numerus="yes">
            <source>%1: %n problem(s)</source>
            <translation>
                <numerusform>%1: %n problem</numerusform>
                <numerusform>%1: %n problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: more than %n problems; the first %n are listed</source>
            <translation>
                <numerusform>%1: more than %n problems; the first %n are listed</numerusform>
                <numerusform>%1: more than %n problems; the first %n are listed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CliCheck</name>
        <message numerus="yes">
            <source>%1 (%2): %n problem(s); those texts are shown in English</source>
            <translation>
                <numerusform>%1 (%2): %n problem; those texts are shown in English</numerusform>
                <numerusform>%1 (%2): %n problems; those texts are shown in English</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2): valid; %n text(s) missing, shown in English</source>
            <translation>
                <numerusform>%1 (%2): valid; %n text missing, shown in English</numerusform>
                <numerusform>%1 (%2): valid; %n texts missing, shown in English</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Figures</name>
        <message numerus="yes">
            <source>%n hold(s)</source>
            <translation>
                <numerusform>%n hold</numerusform>
                <numerusform>%n holds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n time(s)</source>
            <translation>
                <numerusform>%n time</numerusform>
                <numerusform>%n times</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Best streak: %n day(s)</source>
            <translation>
                <numerusform>Best streak: %n day</numerusform>
                <numerusform>Best streak: %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Current streak: %n day(s)</source>
            <translation>
                <numerusform>Current streak: %n day</numerusform>
                <numerusform>Current streak: %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n earlier</source>
            <translation>
                <numerusform>and %n earlier</numerusform>
                <numerusform>and %n earlier</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message numerus="yes">
            <source>Supple can remind you to stretch after %n minute(s) at the keyboard. It waits while you are away, in full screen or in do-not-disturb, and you can snooze or skip each reminder. Remind you?</source>
            <translation>
                <numerusform>Supple can remind you to stretch after %n minute at the keyboard. It waits while you are away, in full screen or in do-not-disturb, and you can snooze or skip each reminder. Remind you?</numerusform>
                <numerusform>Supple can remind you to stretch after %n minutes at the keyboard. It waits while you are away, in full screen or in do-not-disturb, and you can snooze or skip each reminder. Remind you?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Glancing</name>
        <message numerus="yes">
            <source>%n s</source>
            <comment>seconds left, in short</comment>
            <translation>
                <numerusform>%n s</numerusform>
                <numerusform>%n s</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportIds</name>
        <message numerus="yes">
            <source>Import the file with the new id(s) above?</source>
            <translation>
                <numerusform>Import the file with the new id above?</numerusform>
                <numerusform>Import the file with the new ids above?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message numerus="yes">
            <source>... and %n more (see the details).</source>
            <translation>
                <numerusform>... and %n more (see the details).</numerusform>
                <numerusform>... and %n more (see the details).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MinutesChart</name>
        <message numerus="yes">
            <source>%1 of the last %n day(s) with stretching</source>
            <translation>
                <numerusform>%1 of the last %n day with stretching</numerusform>
                <numerusform>%1 of the last %n days with stretching</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressView</name>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n session(s) to %1.</source>
            <translation>
                <numerusform>Exported %n session to %1.</numerusform>
                <numerusform>Exported %n sessions to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReminderPrompt</name>
        <message numerus="yes">
            <source>In %n min</source>
            <comment>snooze: remind me in so many minutes</comment>
            <translation>
                <numerusform>In %n min</numerusform>
                <numerusform>In %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have been at it for %n min. %1 would fit now.</source>
            <translation>
                <numerusform>You have been at it for %n min. %1 would fit now.</numerusform>
                <numerusform>You have been at it for %n min. %1 would fit now.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have been at it for %n min. A routine would fit now.</source>
            <translation>
                <numerusform>You have been at it for %n min. A routine would fit now.</numerusform>
                <numerusform>You have been at it for %n min. A routine would fit now.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoutineEditor</name>
        <message numerus="yes">
            <source>%n time(s)</source>
            <translation>
                <numerusform>%n time</numerusform>
                <numerusform>%n times</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoutineList</name>
        <message numerus="yes">
            <source>%1 · %2 · %n stretch(es)</source>
            <comment>a routine's length, its place, its number of stretches</comment>
            <translation>
                <numerusform>%1 · %2 · %n stretch</numerusform>
                <numerusform>%1 · %2 · %n stretches</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StretchChecks</name>
        <message numerus="yes">
            <source>An illustration has at most %n picture(s).</source>
            <translation>
                <numerusform>An illustration has at most %n picture.</numerusform>
                <numerusform>An illustration has at most %n pictures.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrayMenu</name>
        <message numerus="yes">
            <source>Remind me in %n min</source>
            <translation>
                <numerusform>Remind me in %n min</numerusform>
                <numerusform>Remind me in %n min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Wording</name>
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
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
    </context>
</TS>
