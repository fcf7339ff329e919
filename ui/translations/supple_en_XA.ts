<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_XA" sourcelanguage="en">
    <context>
        <name>Abilities</name>
        <message>
            <source>Windows last input</source>
            <translation>⟦Ŵîñđöŵš ĺàšţ îñþûţ········⟧</translation>
        </message>
        <message>
            <source>Windows notification state</source>
            <translation>⟦Ŵîñđöŵš ñöţîƒîçàţîöñ šţàţé···········⟧</translation>
        </message>
        <message>
            <source>X11 full-screen window</source>
            <translation>⟦Ẋ11 ƒûĺĺ-šçŕééñ ŵîñđöŵ·········⟧</translation>
        </message>
        <message>
            <source>X11 screen saver extension</source>
            <translation>⟦Ẋ11 šçŕééñ šàṽéŕ éẋţéñšîöñ···········⟧</translation>
        </message>
        <message>
            <source>an app keeping the screen awake</source>
            <translation>⟦àñ àþþ ķééþîñĝ ţĥé šçŕééñ àŵàķé·············⟧</translation>
        </message>
        <message>
            <source>do not disturb</source>
            <translation>⟦đö ñöţ đîšţûŕƀ······⟧</translation>
        </message>
        <message>
            <source>full screen</source>
            <translation>⟦ƒûĺĺ šçŕééñ·····⟧</translation>
        </message>
        <message>
            <source>macOS input events</source>
            <translation>⟦ɱàçÖŠ îñþûţ éṽéñţš········⟧</translation>
        </message>
        <message>
            <source>screen locked</source>
            <translation>⟦šçŕééñ ĺöçķéđ······⟧</translation>
        </message>
    </context>
    <context>
        <name>Announce</name>
        <message>
            <source>%1. Get into position slowly, only as far as a light stretch.</source>
            <translation>⟦%1. Ĝéţ îñţö þöšîţîöñ šĺöŵĺý, öñĺý àš ƒàŕ àš à ĺîĝĥţ šţŕéţçĥ.·························⟧</translation>
        </message>
        <message>
            <source>%1. Get into position.</source>
            <comment>a stretch and its side, then what to do</comment>
            <translation>⟦%1. Ĝéţ îñţö þöšîţîöñ.·········⟧</translation>
        </message>
        <message>
            <source>%1. Start gently.</source>
            <comment>a warm-up's name, then how</comment>
            <translation>⟦%1. Šţàŕţ ĝéñţĺý.·······⟧</translation>
        </message>
        <message>
            <source>%1. Take it easy.</source>
            <comment>a warm-up's name, then how</comment>
            <translation>⟦%1. Ţàķé îţ éàšý.·······⟧</translation>
        </message>
        <message>
            <source>Exhale.</source>
            <translation>⟦Éẋĥàĺé.···⟧</translation>
        </message>
        <message>
            <source>Flow with your breath, moving only a little. %1</source>
            <comment>%1: 'Inhale.'</comment>
            <translation>⟦Ƒĺöŵ ŵîţĥ ýöûŕ ƀŕéàţĥ, ɱöṽîñĝ öñĺý à ĺîţţĺé. %1···················⟧</translation>
        </message>
        <message>
            <source>Flow with your breath. %1</source>
            <comment>%1: 'Inhale.' or 'Exhale.'</comment>
            <translation>⟦Ƒĺöŵ ŵîţĥ ýöûŕ ƀŕéàţĥ. %1··········⟧</translation>
        </message>
        <message>
            <source>Halfway.</source>
            <translation>⟦Ĥàĺƒŵàý.····⟧</translation>
        </message>
        <message>
            <source>Hold gently, only to a light stretch, and ease out if it hurts. Breathe slowly.</source>
            <translation>⟦Ĥöĺđ ĝéñţĺý, öñĺý ţö à ĺîĝĥţ šţŕéţçĥ, àñđ éàšé öûţ îƒ îţ ĥûŕţš. ßŕéàţĥé šĺöŵĺý.································⟧</translation>
        </message>
        <message>
            <source>Hold. Breathe slowly.</source>
            <translation>⟦Ĥöĺđ. ßŕéàţĥé šĺöŵĺý.·········⟧</translation>
        </message>
        <message>
            <source>Inhale.</source>
            <translation>⟦Îñĥàĺé.···⟧</translation>
        </message>
        <message>
            <source>Last few seconds.</source>
            <translation>⟦Ĺàšţ ƒéŵ šéçöñđš.·······⟧</translation>
        </message>
        <message>
            <source>Next: %1.</source>
            <comment>the next stretch</comment>
            <translation>⟦Ñéẋţ: %1.····⟧</translation>
        </message>
        <message>
            <source>Release slowly. Ease out and rest.</source>
            <translation>⟦Řéĺéàšé šĺöŵĺý. Éàšé öûţ àñđ ŕéšţ.··············⟧</translation>
        </message>
        <message>
            <source>Release slowly. Next: %1.</source>
            <translation>⟦Řéĺéàšé šĺöŵĺý. Ñéẋţ: %1.··········⟧</translation>
        </message>
        <message>
            <source>Routine complete. Well done.</source>
            <translation>⟦Řöûţîñé çöɱþĺéţé. Ŵéĺĺ đöñé.············⟧</translation>
        </message>
        <message>
            <source>Switch sides, slowly, only as far as a light stretch.</source>
            <translation>⟦Šŵîţçĥ šîđéš, šĺöŵĺý, öñĺý àš ƒàŕ àš à ĺîĝĥţ šţŕéţçĥ.······················⟧</translation>
        </message>
        <message>
            <source>Switch sides.</source>
            <translation>⟦Šŵîţçĥ šîđéš.······⟧</translation>
        </message>
        <message>
            <source>Switch to the %1, slowly, only as far as a light stretch.</source>
            <translation>⟦Šŵîţçĥ ţö ţĥé %1, šĺöŵĺý, öñĺý àš ƒàŕ àš à ĺîĝĥţ šţŕéţçĥ.·······················⟧</translation>
        </message>
        <message>
            <source>Switch to the %1.</source>
            <comment>a side: 'Switch to the right leg.'</comment>
            <translation>⟦Šŵîţçĥ ţö ţĥé %1.·······⟧</translation>
        </message>
        <message>
            <source>Switch to the right leg. Hold, and breathe slowly.</source>
            <translation>⟦Šŵîţçĥ ţö ţĥé ŕîĝĥţ ĺéĝ. Ĥöĺđ, àñđ ƀŕéàţĥé šĺöŵĺý.····················⟧</translation>
        </message>
        <message>
            <source>To go on gently, with a shorter and lighter hold, press %1. To skip this stretch, press %2.</source>
            <comment>%1 and %2: keys, 'the space bar'</comment>
            <translation>⟦Ţö ĝö öñ ĝéñţĺý, ŵîţĥ à šĥöŕţéŕ àñđ ĺîĝĥţéŕ ĥöĺđ, þŕéšš %1. Ţö šķîþ ţĥîš šţŕéţçĥ, þŕéšš %2.·····································⟧</translation>
        </message>
        <message>
            <source>the left arrow</source>
            <translation>⟦ţĥé ĺéƒţ àŕŕöŵ······⟧</translation>
        </message>
        <message>
            <source>the right arrow</source>
            <translation>⟦ţĥé ŕîĝĥţ àŕŕöŵ······⟧</translation>
        </message>
        <message>
            <source>the space bar</source>
            <translation>⟦ţĥé šþàçé ƀàŕ······⟧</translation>
        </message>
    </context>
    <context>
        <name>AudioNotice</name>
        <message>
            <source>Dismiss</source>
            <translation>⟦Đîšɱîšš···⟧</translation>
        </message>
        <message>
            <source>Start the sound and voice again</source>
            <translation>⟦Šţàŕţ ţĥé šöûñđ àñđ ṽöîçé àĝàîñ·············⟧</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>⟦Ţŕý àĝàîñ····⟧</translation>
        </message>
    </context>
    <context>
        <name>Chart</name>
        <message numerus="yes">
            <source>%1: %n min</source>
            <comment>a day, then the minutes stretched on it</comment>
            <translation>
                <numerusform>⟦%1: %n ɱîñ····⟧</numerusform>
                <numerusform>⟦%1: %n ɱîñ····⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <comment>the chart's scale: a number of minutes</comment>
            <translation>
                <numerusform>⟦%n ɱîñ···⟧</numerusform>
                <numerusform>⟦%n ɱîñ···⟧</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>%1 (%2, %3)</source>
            <comment>a routine's name, its area and its place</comment>
            <translation>⟦%1 (%2, %3)·····⟧</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n problem(s)</source>
            <translation>
                <numerusform>⟦%1: %n þŕöƀĺéɱ······⟧</numerusform>
                <numerusform>⟦%1: %n þŕöƀĺéɱš······⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: added %2</source>
            <translation>⟦%1: àđđéđ %2·····⟧</translation>
        </message>
        <message>
            <source>%1: added no routines</source>
            <translation>⟦%1: àđđéđ ñö ŕöûţîñéš·········⟧</translation>
        </message>
        <message numerus="yes">
            <source>%1: more than %n problems; the first %n are listed</source>
            <translation>
                <numerusform>⟦%1: ɱöŕé ţĥàñ %n þŕöƀĺéɱš; ţĥé ƒîŕšţ %n àŕé ĺîšţéđ····················⟧</numerusform>
                <numerusform>⟦%1: ɱöŕé ţĥàñ %n þŕöƀĺéɱš; ţĥé ƒîŕšţ %n àŕé ĺîšţéđ····················⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: valid (%2 stretches, %3 routines)</source>
            <translation>⟦%1: ṽàĺîđ (%2 šţŕéţçĥéš, %3 ŕöûţîñéš)···············⟧</translation>
        </message>
        <message>
            <source>%1: written (%2); `supple import %1` adds it elsewhere</source>
            <translation>⟦%1: ŵŕîţţéñ (%2); `šûþþĺé îɱþöŕţ %1` àđđš îţ éĺšéŵĥéŕé······················⟧</translation>
        </message>
        <message>
            <source>AREA</source>
            <translation>⟦ÀŘÉÀ··⟧</translation>
        </message>
        <message>
            <source>Guided stretch breaks for your lower back and glutes.</source>
            <translation>⟦Ĝûîđéđ šţŕéţçĥ ƀŕéàķš ƒöŕ ýöûŕ ĺöŵéŕ ƀàçķ àñđ ĝĺûţéš.······················⟧</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>⟦ÎĐ·⟧</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>⟦ÑÀṀÉ··⟧</translation>
        </message>
        <message>
            <source>STRETCHES</source>
            <translation>⟦ŠŢŘÉŢÇĤÉŠ····⟧</translation>
        </message>
        <message>
            <source>TIME</source>
            <translation>⟦ŢÎṀÉ··⟧</translation>
        </message>
        <message>
            <source>Total: %1 (%2 s)</source>
            <translation>⟦Ţöţàĺ: %1 (%2 š)·······⟧</translation>
        </message>
        <message>
            <source>WHERE</source>
            <translation>⟦ŴĤÉŘÉ··⟧</translation>
        </message>
        <message>
            <source>add Supple to your application menu (Linux)</source>
            <translation>⟦àđđ Šûþþĺé ţö ýöûŕ àþþĺîçàţîöñ ɱéñû (Ĺîñûẋ)··················⟧</translation>
        </message>
        <message>
            <source>add the routines of a shared file to your own</source>
            <translation>⟦àđđ ţĥé ŕöûţîñéš öƒ à šĥàŕéđ ƒîĺé ţö ýöûŕ öŵñ··················⟧</translation>
        </message>
        <message>
            <source>desk</source>
            <translation>⟦đéšķ··⟧</translation>
        </message>
        <message>
            <source>floor</source>
            <translation>⟦ƒĺööŕ··⟧</translation>
        </message>
        <message>
            <source>list the routines</source>
            <translation>⟦ĺîšţ ţĥé ŕöûţîñéš·······⟧</translation>
        </message>
        <message>
            <source>print a routine's phases with their timing</source>
            <translation>⟦þŕîñţ à ŕöûţîñé'š þĥàšéš ŵîţĥ ţĥéîŕ ţîɱîñĝ·················⟧</translation>
        </message>
        <message>
            <source>quit when the routine completes</source>
            <translation>⟦ǫûîţ ŵĥéñ ţĥé ŕöûţîñé çöɱþĺéţéš·············⟧</translation>
        </message>
        <message>
            <source>remove what install-desktop added</source>
            <translation>⟦ŕéɱöṽé ŵĥàţ îñšţàĺĺ-đéšķţöþ àđđéđ··············⟧</translation>
        </message>
        <message>
            <source>run time faster (demos, tests)</source>
            <translation>⟦ŕûñ ţîɱé ƒàšţéŕ (đéɱöš, ţéšţš)············⟧</translation>
        </message>
        <message>
            <source>show the small always-on-top timer</source>
            <translation>⟦šĥöŵ ţĥé šɱàĺĺ àĺŵàýš-öñ-ţöþ ţîɱéŕ··············⟧</translation>
        </message>
        <message>
            <source>start this routine at once</source>
            <translation>⟦šţàŕţ ţĥîš ŕöûţîñé àţ öñçé···········⟧</translation>
        </message>
        <message>
            <source>start with no window: only the tray icon and the stretch reminders (login uses this)</source>
            <translation>⟦šţàŕţ ŵîţĥ ñö ŵîñđöŵ: öñĺý ţĥé ţŕàý îçöñ àñđ ţĥé šţŕéţçĥ ŕéɱîñđéŕš (ĺöĝîñ ûšéš ţĥîš)··································⟧</translation>
        </message>
        <message>
            <source>supple: %1: cannot be written: %2</source>
            <translation>⟦šûþþĺé: %1: çàññöţ ƀé ŵŕîţţéñ: %2··············⟧</translation>
        </message>
        <message>
            <source>supple: no routine '%1'</source>
            <translation>⟦šûþþĺé: ñö ŕöûţîñé '%1'··········⟧</translation>
        </message>
        <message>
            <source>supple: no routine '%1'. Known routines: %2</source>
            <translation>⟦šûþþĺé: ñö ŕöûţîñé '%1'. Ķñöŵñ ŕöûţîñéš: %2··················⟧</translation>
        </message>
        <message>
            <source>supple: the built-in catalogue cannot be used:
%1</source>
            <translation>⟦šûþþĺé: ţĥé ƀûîĺţ-îñ çàţàĺöĝûé çàññöţ ƀé ûšéđ:
%1····················⟧</translation>
        </message>
        <message>
            <source>the language of the words and the catalogue: en, de, fr, es (or en-XA)</source>
            <translation>⟦ţĥé ĺàñĝûàĝé öƒ ţĥé ŵöŕđš àñđ ţĥé çàţàĺöĝûé: éñ, đé, ƒŕ, éš (öŕ éñ-ẊÀ)····························⟧</translation>
        </message>
        <message>
            <source>the speed must be above 0 and at most 1000</source>
            <translation>⟦ţĥé šþééđ ɱûšţ ƀé àƀöṽé 0 àñđ àţ ɱöšţ 1000·················⟧</translation>
        </message>
        <message>
            <source>validate a catalogue file, or the catalogue's translations and what they miss</source>
            <translation>⟦ṽàĺîđàţé à çàţàĺöĝûé ƒîĺé, öŕ ţĥé çàţàĺöĝûé'š ţŕàñšĺàţîöñš àñđ ŵĥàţ ţĥéý ɱîšš·······························⟧</translation>
        </message>
        <message>
            <source>write one of your routines to a file you can share</source>
            <translation>⟦ŵŕîţé öñé öƒ ýöûŕ ŕöûţîñéš ţö à ƒîĺé ýöû çàñ šĥàŕé····················⟧</translation>
        </message>
    </context>
    <context>
        <name>CliCheck</name>
        <message>
            <source>  missing: %1</source>
            <translation>⟦  ɱîššîñĝ: %1······⟧</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2): %n problem(s); those texts are shown in English</source>
            <translation>
                <numerusform>⟦%1 (%2): %n þŕöƀĺéɱ; ţĥöšé ţéẋţš àŕé šĥöŵñ îñ Éñĝĺîšĥ······················⟧</numerusform>
                <numerusform>⟦%1 (%2): %n þŕöƀĺéɱš; ţĥöšé ţéẋţš àŕé šĥöŵñ îñ Éñĝĺîšĥ······················⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2): valid; %n text(s) missing, shown in English</source>
            <translation>
                <numerusform>⟦%1 (%2): ṽàĺîđ; %n ţéẋţ ɱîššîñĝ, šĥöŵñ îñ Éñĝĺîšĥ····················⟧</numerusform>
                <numerusform>⟦%1 (%2): ṽàĺîđ; %n ţéẋţš ɱîššîñĝ, šĥöŵñ îñ Éñĝĺîšĥ····················⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2): valid; every text is translated</source>
            <translation>⟦%1 (%2): ṽàĺîđ; éṽéŕý ţéẋţ îš ţŕàñšĺàţéđ················⟧</translation>
        </message>
        <message>
            <source>%1: the translations for '%2' are not used: Supple has no such language</source>
            <translation>⟦%1: ţĥé ţŕàñšĺàţîöñš ƒöŕ '%2' àŕé ñöţ ûšéđ: Šûþþĺé ĥàš ñö šûçĥ ĺàñĝûàĝé·····························⟧</translation>
        </message>
        <message>
            <source>en-XA: the test language is made from the English texts; there is nothing to check</source>
            <translation>⟦éñ-ẊÀ: ţĥé ţéšţ ĺàñĝûàĝé îš ɱàđé ƒŕöɱ ţĥé Éñĝĺîšĥ ţéẋţš; ţĥéŕé îš ñöţĥîñĝ ţö çĥéçķ·································⟧</translation>
        </message>
        <message>
            <source>en: the catalogue is written in English; there is nothing to translate</source>
            <translation>⟦éñ: ţĥé çàţàĺöĝûé îš ŵŕîţţéñ îñ Éñĝĺîšĥ; ţĥéŕé îš ñöţĥîñĝ ţö ţŕàñšĺàţé····························⟧</translation>
        </message>
        <message>
            <source>supple: the built-in catalogue cannot be used:
%1</source>
            <translation>⟦šûþþĺé: ţĥé ƀûîĺţ-îñ çàţàĺöĝûé çàññöţ ƀé ûšéđ:
%1····················⟧</translation>
        </message>
    </context>
    <context>
        <name>Drafts</name>
        <message>
            <source>%1 (my copy)</source>
            <comment>the name of a copy of a routine or stretch</comment>
            <translation>⟦%1 (ɱý çöþý)·····⟧</translation>
        </message>
        <message>
            <source>%1 is held for %2 to %3 seconds, not %4.</source>
            <comment>a stretch's name, then seconds</comment>
            <translation>⟦%1 îš ĥéĺđ ƒöŕ %2 ţö %3 šéçöñđš, ñöţ %4.················⟧</translation>
        </message>
        <message>
            <source>%1 is not a timed hold.</source>
            <translation>⟦%1 îš ñöţ à ţîɱéđ ĥöĺđ.··········⟧</translation>
        </message>
    </context>
    <context>
        <name>Figures</name>
        <message>
            <source>%1 %2 of %3</source>
            <comment>day of the week, breaks taken of reminders shown</comment>
            <translation>⟦%1 %2 öƒ %3·····⟧</translation>
        </message>
        <message>
            <source>%1: %2 (%3), during %4</source>
            <comment>date: stretch (side), during routine</comment>
            <translation>⟦%1: %2 (%3), đûŕîñĝ %4·········⟧</translation>
        </message>
        <message>
            <source>%1: %2, during %4</source>
            <comment>date: stretch, during routine</comment>
            <translation>⟦%1: %2, đûŕîñĝ %4·······⟧</translation>
        </message>
        <message numerus="yes">
            <source>%n hold(s)</source>
            <translation>
                <numerusform>⟦%n ĥöĺđ···⟧</numerusform>
                <numerusform>⟦%n ĥöĺđš····⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n time(s)</source>
            <translation>
                <numerusform>⟦%n ţîɱé···⟧</numerusform>
                <numerusform>⟦%n ţîɱéš····⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Best streak: %n day(s)</source>
            <translation>
                <numerusform>⟦ßéšţ šţŕéàķ: %n đàý········⟧</numerusform>
                <numerusform>⟦ßéšţ šţŕéàķ: %n đàýš········⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Current streak: %n day(s)</source>
            <translation>
                <numerusform>⟦Çûŕŕéñţ šţŕéàķ: %n đàý·········⟧</numerusform>
                <numerusform>⟦Çûŕŕéñţ šţŕéàķ: %n đàýš··········⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>No reminders this week.</source>
            <translation>⟦Ñö ŕéɱîñđéŕš ţĥîš ŵééķ.··········⟧</translation>
        </message>
        <message>
            <source>No sharp pain reported.</source>
            <translation>⟦Ñö šĥàŕþ þàîñ ŕéþöŕţéđ.··········⟧</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>⟦Ñöñé ýéţ····⟧</translation>
        </message>
        <message numerus="yes">
            <source>and %n earlier</source>
            <translation>
                <numerusform>⟦àñđ %n éàŕĺîéŕ······⟧</numerusform>
                <numerusform>⟦àñđ %n éàŕĺîéŕ······⟧</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>Not now</source>
            <translation>⟦Ñöţ ñöŵ···⟧</translation>
        </message>
        <message>
            <source>Remind me</source>
            <translation>⟦Řéɱîñđ ɱé····⟧</translation>
        </message>
        <message numerus="yes">
            <source>Supple can remind you to stretch after %n minute(s) at the keyboard. It waits while you are away, in full screen or in do-not-disturb, and you can snooze or skip each reminder. Remind you?</source>
            <translation>
                <numerusform>⟦Šûþþĺé çàñ ŕéɱîñđ ýöû ţö šţŕéţçĥ àƒţéŕ %n ɱîñûţé àţ ţĥé ķéýƀöàŕđ. Îţ ŵàîţš ŵĥîĺé ýöû àŕé àŵàý, îñ ƒûĺĺ šçŕééñ öŕ îñ đö-ñöţ-đîšţûŕƀ, àñđ ýöû çàñ šñööžé öŕ šķîþ éàçĥ ŕéɱîñđéŕ. Řéɱîñđ ýöû?··········································································⟧</numerusform>
                <numerusform>⟦Šûþþĺé çàñ ŕéɱîñđ ýöû ţö šţŕéţçĥ àƒţéŕ %n ɱîñûţéš àţ ţĥé ķéýƀöàŕđ. Îţ ŵàîţš ŵĥîĺé ýöû àŕé àŵàý, îñ ƒûĺĺ šçŕééñ öŕ îñ đö-ñöţ-đîšţûŕƀ, àñđ ýöû çàñ šñööžé öŕ šķîþ éàçĥ ŕéɱîñđéŕ. Řéɱîñđ ýöû?···········································································⟧</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Glancing</name>
        <message>
            <source>%1 — %2</source>
            <comment>the app's name, then how the routine ended</comment>
            <translation>⟦%1 — %2···⟧</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <comment>a stretch, then its phase: 'Cat-cow — Paused'</comment>
            <translation>⟦%1 — %2···⟧</translation>
        </message>
        <message>
            <source>%1 — %2, %3</source>
            <comment>a stretch, its phase, the time left: 'Knee to chest, left leg — Hold, 12 s'</comment>
            <translation>⟦%1 — %2, %3·····⟧</translation>
        </message>
        <message numerus="yes">
            <source>%n s</source>
            <comment>seconds left, in short</comment>
            <translation>
                <numerusform>⟦%n š··⟧</numerusform>
                <numerusform>⟦%n š··⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>Go on gently, or skip it</source>
            <translation>⟦Ĝö öñ ĝéñţĺý, öŕ šķîþ îţ··········⟧</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>⟦Řéàđý··⟧</translation>
        </message>
        <message>
            <source>Routine complete</source>
            <translation>⟦Řöûţîñé çöɱþĺéţé·······⟧</translation>
        </message>
        <message>
            <source>Routine stopped</source>
            <translation>⟦Řöûţîñé šţöþþéđ······⟧</translation>
        </message>
    </context>
    <context>
        <name>HistoryCauses</name>
        <message>
            <source>%1 (%2)</source>
            <comment>the cause, then the system's own words for it</comment>
            <translation>⟦%1 (%2)···⟧</translation>
        </message>
        <message>
            <source>it is damaged</source>
            <translation>⟦îţ îš đàɱàĝéđ······⟧</translation>
        </message>
        <message>
            <source>it is in use by another program (it is locked)</source>
            <translation>⟦îţ îš îñ ûšé ƀý àñöţĥéŕ þŕöĝŕàɱ (îţ îš ĺöçķéđ)···················⟧</translation>
        </message>
        <message>
            <source>it is read-only</source>
            <translation>⟦îţ îš ŕéàđ-öñĺý······⟧</translation>
        </message>
        <message>
            <source>permission is denied</source>
            <translation>⟦þéŕɱîššîöñ îš đéñîéđ········⟧</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>⟦ţĥé đîšķ îš ƒûĺĺ·······⟧</translation>
        </message>
    </context>
    <context>
        <name>HistoryWords</name>
        <message>
            <source>History is off: %1 %2. Sessions are not recorded until this is sorted out.</source>
            <comment>%1: the file, %2: why ('could not be made')</comment>
            <translation>⟦Ĥîšţöŕý îš öƒƒ: %1 %2. Šéššîöñš àŕé ñöţ ŕéçöŕđéđ ûñţîĺ ţĥîš îš šöŕţéđ öûţ.······························⟧</translation>
        </message>
        <message>
            <source>History is off: %1 %2. The file was left as it is; sessions are not recorded until this is sorted out.</source>
            <comment>%1: the file, %2: why ('is damaged')</comment>
            <translation>⟦Ĥîšţöŕý îš öƒƒ: %1 %2. Ţĥé ƒîĺé ŵàš ĺéƒţ àš îţ îš; šéššîöñš àŕé ñöţ ŕéçöŕđéđ ûñţîĺ ţĥîš îš šöŕţéđ öûţ.·········································⟧</translation>
        </message>
        <message>
            <source>cannot be opened (%1)</source>
            <translation>⟦çàññöţ ƀé öþéñéđ (%1)·········⟧</translation>
        </message>
        <message>
            <source>cannot be used (%1)</source>
            <translation>⟦çàññöţ ƀé ûšéđ (%1)········⟧</translation>
        </message>
        <message>
            <source>cannot be written: the disk is full (%1)</source>
            <translation>⟦çàññöţ ƀé ŵŕîţţéñ: ţĥé đîšķ îš ƒûĺĺ (%1)················⟧</translation>
        </message>
        <message>
            <source>is another program's database, not a Supple history</source>
            <translation>⟦îš àñöţĥéŕ þŕöĝŕàɱ'š đàţàƀàšé, ñöţ à Šûþþĺé ĥîšţöŕý·····················⟧</translation>
        </message>
        <message>
            <source>is damaged (%1)</source>
            <translation>⟦îš đàɱàĝéđ (%1)······⟧</translation>
        </message>
        <message>
            <source>is damaged, or is not a database at all (its first bytes are not SQLite's)</source>
            <translation>⟦îš đàɱàĝéđ, öŕ îš ñöţ à đàţàƀàšé àţ àĺĺ (îţš ƒîŕšţ ƀýţéš àŕé ñöţ ŠǪĹîţé'š)······························⟧</translation>
        </message>
        <message>
            <source>is in a read-only folder (%1), so no session can be kept in it</source>
            <translation>⟦îš îñ à ŕéàđ-öñĺý ƒöĺđéŕ (%1), šö ñö šéššîöñ çàñ ƀé ķéþţ îñ îţ·························⟧</translation>
        </message>
        <message>
            <source>is in use by another program (it is locked) (%1)</source>
            <translation>⟦îš îñ ûšé ƀý àñöţĥéŕ þŕöĝŕàɱ (îţ îš ĺöçķéđ) (%1)····················⟧</translation>
        </message>
        <message>
            <source>is not an ordinary file (a folder, a named pipe or a device)</source>
            <translation>⟦îš ñöţ àñ öŕđîñàŕý ƒîĺé (à ƒöĺđéŕ, à ñàɱéđ þîþé öŕ à đéṽîçé)························⟧</translation>
        </message>
        <message>
            <source>is read-only, so no session can be kept in it</source>
            <translation>⟦îš ŕéàđ-öñĺý, šö ñö šéššîöñ çàñ ƀé ķéþţ îñ îţ··················⟧</translation>
        </message>
        <message>
            <source>is read-only, so no session can be kept in it (%1)</source>
            <translation>⟦îš ŕéàđ-öñĺý, šö ñö šéššîöñ çàñ ƀé ķéþţ îñ îţ (%1)····················⟧</translation>
        </message>
        <message>
            <source>was made by a newer Supple (%1)</source>
            <comment>the versions, as the system says them</comment>
            <translation>⟦ŵàš ɱàđé ƀý à ñéŵéŕ Šûþþĺé (%1)·············⟧</translation>
        </message>
        <message>
            <source>was not opened</source>
            <translation>⟦ŵàš ñöţ öþéñéđ······⟧</translation>
        </message>
    </context>
    <context>
        <name>HoldTimer</name>
        <message>
            <source>Hold timer. Space pauses or goes on.</source>
            <translation>⟦Ĥöĺđ ţîɱéŕ. Šþàçé þàûšéš öŕ ĝöéš öñ.···············⟧</translation>
        </message>
    </context>
    <context>
        <name>ImportIds</name>
        <message>
            <source>A different stretch called '%1' already exists; this file's will be '%2'.</source>
            <translation>⟦À đîƒƒéŕéñţ šţŕéţçĥ çàĺĺéđ '%1' àĺŕéàđý éẋîšţš; ţĥîš ƒîĺé'š ŵîĺĺ ƀé '%2'.······························⟧</translation>
        </message>
        <message>
            <source>A routine called '%1' already exists. Import it as '%2'?</source>
            <translation>⟦À ŕöûţîñé çàĺĺéđ '%1' àĺŕéàđý éẋîšţš. Îɱþöŕţ îţ àš '%2'?·······················⟧</translation>
        </message>
        <message numerus="yes">
            <source>Import the file with the new id(s) above?</source>
            <translation>
                <numerusform>⟦Îɱþöŕţ ţĥé ƒîĺé ŵîţĥ ţĥé ñéŵ îđ àƀöṽé?················⟧</numerusform>
                <numerusform>⟦Îɱþöŕţ ţĥé ƒîĺé ŵîţĥ ţĥé ñéŵ îđš àƀöṽé?················⟧</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Instructions</name>
        <message>
            <source>Breathing</source>
            <translation>⟦ßŕéàţĥîñĝ····⟧</translation>
        </message>
        <message>
            <source>Careful</source>
            <translation>⟦Çàŕéƒûĺ···⟧</translation>
        </message>
        <message>
            <source>Come out slowly, undoing the way you went in, one part at a time.</source>
            <translation>⟦Çöɱé öûţ šĺöŵĺý, ûñđöîñĝ ţĥé ŵàý ýöû ŵéñţ îñ, öñé þàŕţ àţ à ţîɱé.··························⟧</translation>
        </message>
        <message>
            <source>Easing out</source>
            <translation>⟦Éàšîñĝ öûţ····⟧</translation>
        </message>
        <message>
            <source>Form</source>
            <comment>how to hold the body well</comment>
            <translation>⟦Ƒöŕɱ··⟧</translation>
        </message>
        <message>
            <source>Getting into position</source>
            <translation>⟦Ĝéţţîñĝ îñţö þöšîţîöñ·········⟧</translation>
        </message>
        <message>
            <source>How to do it</source>
            <translation>⟦Ĥöŵ ţö đö îţ·····⟧</translation>
        </message>
        <message>
            <source>If the pain stays while you rest, stop the routine and ask a health professional.</source>
            <translation>⟦Îƒ ţĥé þàîñ šţàýš ŵĥîĺé ýöû ŕéšţ, šţöþ ţĥé ŕöûţîñé àñđ àšķ à ĥéàĺţĥ þŕöƒéššîöñàĺ.·································⟧</translation>
        </message>
        <message>
            <source>Rest in a position that feels comfortable, and breathe easily.</source>
            <translation>⟦Řéšţ îñ à þöšîţîöñ ţĥàţ ƒééĺš çöɱƒöŕţàƀĺé, àñđ ƀŕéàţĥé éàšîĺý.·························⟧</translation>
        </message>
        <message>
            <source>Stop pushing into the stretch and let the pull go.</source>
            <translation>⟦Šţöþ þûšĥîñĝ îñţö ţĥé šţŕéţçĥ àñđ ĺéţ ţĥé þûĺĺ ĝö.····················⟧</translation>
        </message>
        <message>
            <source>You should feel</source>
            <translation>⟦Ýöû šĥöûĺđ ƒééĺ······⟧</translation>
        </message>
    </context>
    <context>
        <name>KeyframeChooser</name>
        <message>
            <source>%1.</source>
            <comment>a picture's name, as a caption</comment>
            <translation>⟦%1.··⟧</translation>
        </message>
        <message>
            <source>%1: the left side, and the right drawn as its mirror.</source>
            <comment>a picture's name</comment>
            <translation>⟦%1: ţĥé ĺéƒţ šîđé, àñđ ţĥé ŕîĝĥţ đŕàŵñ àš îţš ɱîŕŕöŕ.······················⟧</translation>
        </message>
        <message>
            <source>Choose the picture of the held position.</source>
            <translation>⟦Çĥööšé ţĥé þîçţûŕé öƒ ţĥé ĥéĺđ þöšîţîöñ.················⟧</translation>
        </message>
        <message>
            <source>Illustration</source>
            <translation>⟦Îĺĺûšţŕàţîöñ·····⟧</translation>
        </message>
        <message>
            <source>Preview: %1</source>
            <comment>a picture's name</comment>
            <translation>⟦Þŕéṽîéŵ: %1·····⟧</translation>
        </message>
    </context>
    <context>
        <name>Keyframes</name>
        <message>
            <source>Cat-cow, back dipped (cow)</source>
            <translation>⟦Çàţ-çöŵ, ƀàçķ đîþþéđ (çöŵ)···········⟧</translation>
        </message>
        <message>
            <source>Cat-cow, back rounded (cat)</source>
            <translation>⟦Çàţ-çöŵ, ƀàçķ ŕöûñđéđ (çàţ)···········⟧</translation>
        </message>
        <message>
            <source>Child's pose, folded forward</source>
            <translation>⟦Çĥîĺđ'š þöšé, ƒöĺđéđ ƒöŕŵàŕđ············⟧</translation>
        </message>
        <message>
            <source>Child's pose, on all fours</source>
            <translation>⟦Çĥîĺđ'š þöšé, öñ àĺĺ ƒöûŕš···········⟧</translation>
        </message>
        <message>
            <source>Figure four, feet down</source>
            <translation>⟦Ƒîĝûŕé ƒöûŕ, ƒééţ đöŵñ·········⟧</translation>
        </message>
        <message>
            <source>Figure four, legs crossed</source>
            <translation>⟦Ƒîĝûŕé ƒöûŕ, ĺéĝš çŕöššéđ··········⟧</translation>
        </message>
        <message>
            <source>Figure four, legs drawn in</source>
            <translation>⟦Ƒîĝûŕé ƒöûŕ, ĺéĝš đŕàŵñ îñ···········⟧</translation>
        </message>
        <message>
            <source>Knee to chest, knee drawn in</source>
            <translation>⟦Ķñéé ţö çĥéšţ, ķñéé đŕàŵñ îñ············⟧</translation>
        </message>
        <message>
            <source>Knee to chest, starting position</source>
            <translation>⟦Ķñéé ţö çĥéšţ, šţàŕţîñĝ þöšîţîöñ·············⟧</translation>
        </message>
        <message>
            <source>March in place, left knee up</source>
            <translation>⟦Ṁàŕçĥ îñ þĺàçé, ĺéƒţ ķñéé ûþ············⟧</translation>
        </message>
        <message>
            <source>March in place, right knee up</source>
            <translation>⟦Ṁàŕçĥ îñ þĺàçé, ŕîĝĥţ ķñéé ûþ············⟧</translation>
        </message>
        <message>
            <source>Seated glute stretch, feet down</source>
            <translation>⟦Šéàţéđ ĝĺûţé šţŕéţçĥ, ƒééţ đöŵñ·············⟧</translation>
        </message>
        <message>
            <source>Seated glute stretch, leaning forward</source>
            <translation>⟦Šéàţéđ ĝĺûţé šţŕéţçĥ, ĺéàñîñĝ ƒöŕŵàŕđ···············⟧</translation>
        </message>
        <message>
            <source>Seated glute stretch, sitting upright</source>
            <translation>⟦Šéàţéđ ĝĺûţé šţŕéţçĥ, šîţţîñĝ ûþŕîĝĥţ···············⟧</translation>
        </message>
    </context>
    <context>
        <name>MainForm</name>
        <message>
            <source>A small timer that stays on top of your work (M)</source>
            <translation>⟦À šɱàĺĺ ţîɱéŕ ţĥàţ šţàýš öñ ţöþ öƒ ýöûŕ ŵöŕķ (Ṁ)····················⟧</translation>
        </message>
        <message>
            <source>Back</source>
            <comment>go back to the previous stretch (a button), not the body part</comment>
            <translation>⟦ßàçķ··⟧</translation>
        </message>
        <message>
            <source>Back to routines</source>
            <translation>⟦ßàçķ ţö ŕöûţîñéš·······⟧</translation>
        </message>
        <message>
            <source>Choose a routine</source>
            <translation>⟦Çĥööšé à ŕöûţîñé·······⟧</translation>
        </message>
        <message>
            <source>Do it again</source>
            <translation>⟦Đö îţ àĝàîñ·····⟧</translation>
        </message>
        <message>
            <source>End the routine (Esc)</source>
            <translation>⟦Éñđ ţĥé ŕöûţîñé (Éšç)·········⟧</translation>
        </message>
        <message>
            <source>Go on gently</source>
            <translation>⟦Ĝö öñ ĝéñţĺý·····⟧</translation>
        </message>
        <message>
            <source>Mini timer</source>
            <translation>⟦Ṁîñî ţîɱéŕ····⟧</translation>
        </message>
        <message>
            <source>Minutes per day, streaks and pain reports (Ctrl+H)</source>
            <translation>⟦Ṁîñûţéš þéŕ đàý, šţŕéàķš àñđ þàîñ ŕéþöŕţš (Çţŕĺ+Ĥ)····················⟧</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>⟦Þàûšé··⟧</translation>
        </message>
        <message>
            <source>Pause or resume (Space)</source>
            <translation>⟦Þàûšé öŕ ŕéšûɱé (Šþàçé)··········⟧</translation>
        </message>
        <message>
            <source>Pose</source>
            <translation>⟦Þöšé··⟧</translation>
        </message>
        <message>
            <source>Restart</source>
            <translation>⟦Řéšţàŕţ···⟧</translation>
        </message>
        <message>
            <source>Restart this stretch (R)</source>
            <translation>⟦Řéšţàŕţ ţĥîš šţŕéţçĥ (Ř)··········⟧</translation>
        </message>
        <message>
            <source>Routine progress</source>
            <translation>⟦Řöûţîñé þŕöĝŕéšš·······⟧</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>⟦Šéţţîñĝš…····⟧</translation>
        </message>
        <message>
            <source>Sharp pain</source>
            <translation>⟦Šĥàŕþ þàîñ····⟧</translation>
        </message>
        <message>
            <source>Sharp pain: stop this stretch now and ease out slowly (P)</source>
            <translation>⟦Šĥàŕþ þàîñ: šţöþ ţĥîš šţŕéţçĥ ñöŵ àñđ éàšé öûţ šĺöŵĺý (Þ)·······················⟧</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>⟦Šķîþ··⟧</translation>
        </message>
        <message>
            <source>Skip ahead (Right arrow)</source>
            <translation>⟦Šķîþ àĥéàđ (Řîĝĥţ àŕŕöŵ)··········⟧</translation>
        </message>
        <message>
            <source>Skip it</source>
            <translation>⟦Šķîþ îţ···⟧</translation>
        </message>
        <message>
            <source>Skip this stretch (Right arrow)</source>
            <translation>⟦Šķîþ ţĥîš šţŕéţçĥ (Řîĝĥţ àŕŕöŵ)·············⟧</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>⟦Šţàŕţ··⟧</translation>
        </message>
        <message>
            <source>Start the selected routine (Enter or Space)</source>
            <translation>⟦Šţàŕţ ţĥé šéĺéçţéđ ŕöûţîñé (Éñţéŕ öŕ Šþàçé)··················⟧</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>⟦Šţöþ··⟧</translation>
        </message>
        <message>
            <source>Timings, theme, chimes and voice (Ctrl+,)</source>
            <translation>⟦Ţîɱîñĝš, ţĥéɱé, çĥîɱéš àñđ ṽöîçé (Çţŕĺ+,)·················⟧</translation>
        </message>
        <message>
            <source>To the previous stretch (Left arrow)</source>
            <translation>⟦Ţö ţĥé þŕéṽîöûš šţŕéţçĥ (Ĺéƒţ àŕŕöŵ)···············⟧</translation>
        </message>
        <message>
            <source>Try this stretch again, more gently (Space)</source>
            <translation>⟦Ţŕý ţĥîš šţŕéţçĥ àĝàîñ, ɱöŕé ĝéñţĺý (Šþàçé)··················⟧</translation>
        </message>
        <message>
            <source>Your progress</source>
            <translation>⟦Ýöûŕ þŕöĝŕéšš······⟧</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>%1 — %2</source>
            <comment>window title: what is shown, then the app</comment>
            <translation>⟦%1 — %2···⟧</translation>
        </message>
        <message>
            <source>%1: illustration</source>
            <translation>⟦%1: îĺĺûšţŕàţîöñ·······⟧</translation>
        </message>
        <message>
            <source>Mini timer</source>
            <translation>⟦Ṁîñî ţîɱéŕ····⟧</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>⟦Šéţţîñĝš····⟧</translation>
        </message>
        <message>
            <source>Start, pause or resume</source>
            <translation>⟦Šţàŕţ, þàûšé öŕ ŕéšûɱé·········⟧</translation>
        </message>
        <message>
            <source>Stop the routine?</source>
            <translation>⟦Šţöþ ţĥé ŕöûţîñé?·······⟧</translation>
        </message>
        <message>
            <source>Stop this routine now? What you have done so far is kept.</source>
            <translation>⟦Šţöþ ţĥîš ŕöûţîñé ñöŵ? Ŵĥàţ ýöû ĥàṽé đöñé šö ƒàŕ îš ķéþţ.·······················⟧</translation>
        </message>
        <message>
            <source>Your progress</source>
            <translation>⟦Ýöûŕ þŕöĝŕéšš······⟧</translation>
        </message>
        <message>
            <source>Your progress opens when this routine ends, so the timer stays in view.</source>
            <translation>⟦Ýöûŕ þŕöĝŕéšš öþéñš ŵĥéñ ţĥîš ŕöûţîñé éñđš, šö ţĥé ţîɱéŕ šţàýš îñ ṽîéŵ.·····························⟧</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message numerus="yes">
            <source>... and %n more (see the details).</source>
            <translation>
                <numerusform>⟦... àñđ %n ɱöŕé (šéé ţĥé đéţàîĺš).··············⟧</numerusform>
                <numerusform>⟦... àñđ %n ɱöŕé (šéé ţĥé đéţàîĺš).··············⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>Some of your files could not be used:

%1</source>
            <translation>⟦Šöɱé öƒ ýöûŕ ƒîĺéš çöûĺđ ñöţ ƀé ûšéđ:

%1·················⟧</translation>
        </message>
    </context>
    <context>
        <name>MiniCommands</name>
        <message>
            <source>%1%</source>
            <comment>an opacity</comment>
            <translation>⟦%1%··⟧</translation>
        </message>
        <message>
            <source>Back to the main window</source>
            <translation>⟦ßàçķ ţö ţĥé ɱàîñ ŵîñđöŵ··········⟧</translation>
        </message>
        <message>
            <source>How to keep it on top</source>
            <translation>⟦Ĥöŵ ţö ķééþ îţ öñ ţöþ·········⟧</translation>
        </message>
        <message>
            <source>Opacity</source>
            <translation>⟦Öþàçîţý···⟧</translation>
        </message>
        <message>
            <source>Opacity (not available here)</source>
            <translation>⟦Öþàçîţý (ñöţ àṽàîĺàƀĺé ĥéŕé)············⟧</translation>
        </message>
        <message>
            <source>Unpin</source>
            <translation>⟦Ûñþîñ··⟧</translation>
        </message>
    </context>
    <context>
        <name>MiniFace</name>
        <message>
            <source>%1: illustration</source>
            <comment>a stretch's name</comment>
            <translation>⟦%1: îĺĺûšţŕàţîöñ·······⟧</translation>
        </message>
        <message>
            <source>Back to the main window</source>
            <translation>⟦ßàçķ ţö ţĥé ɱàîñ ŵîñđöŵ··········⟧</translation>
        </message>
        <message>
            <source>Open Supple</source>
            <translation>⟦Öþéñ Šûþþĺé·····⟧</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>⟦Þàûšé··⟧</translation>
        </message>
        <message>
            <source>Sharp pain</source>
            <translation>⟦Šĥàŕþ þàîñ····⟧</translation>
        </message>
        <message>
            <source>Skip ahead</source>
            <translation>⟦Šķîþ àĥéàđ····⟧</translation>
        </message>
    </context>
    <context>
        <name>MiniTimer</name>
        <message>
            <source>Supple runs here as a native Wayland window, and Wayland does not let a window keep itself above the others, so the mini timer can end up behind your work.

To pin it yourself: on GNOME, click the mini timer, press Alt+Space and choose "Always on Top"; on KDE Plasma, press Alt+F3 and choose More Actions, then "Keep Above Others". "Bring the mini timer forward" in the tray menu puts it back in front.

To have it stay on top by itself where the desktop has XWayland, choose "Through XWayland" in Settings, Appearance, and start Supple again (unless you set QT_QPA_PLATFORM yourself: Supple then leaves it as it is).</source>
            <extracomment>"Always on Top", "More Actions" and "Keep Above Others" are GNOME's and KDE's own menu words: use theirs in your language. "Through XWayland" and "Settings, Appearance" are Supple's own.</extracomment>
            <translation>⟦Šûþþĺé ŕûñš ĥéŕé àš à ñàţîṽé Ŵàýĺàñđ ŵîñđöŵ, àñđ Ŵàýĺàñđ đöéš ñöţ ĺéţ à ŵîñđöŵ ķééþ îţšéĺƒ àƀöṽé ţĥé öţĥéŕš, šö ţĥé ɱîñî ţîɱéŕ çàñ éñđ ûþ ƀéĥîñđ ýöûŕ ŵöŕķ.

Ţö þîñ îţ ýöûŕšéĺƒ: öñ ĜÑÖṀÉ, çĺîçķ ţĥé ɱîñî ţîɱéŕ, þŕéšš Àĺţ+Šþàçé àñđ çĥööšé "Àĺŵàýš öñ Ţöþ"; öñ ĶĐÉ Þĺàšɱà, þŕéšš Àĺţ+Ƒ3 àñđ çĥööšé Ṁöŕé Àçţîöñš, ţĥéñ "Ķééþ Àƀöṽé Öţĥéŕš". "ßŕîñĝ ţĥé ɱîñî ţîɱéŕ ƒöŕŵàŕđ" îñ ţĥé ţŕàý ɱéñû þûţš îţ ƀàçķ îñ ƒŕöñţ.

Ţö ĥàṽé îţ šţàý öñ ţöþ ƀý îţšéĺƒ ŵĥéŕé ţĥé đéšķţöþ ĥàš ẊŴàýĺàñđ, çĥööšé "Ţĥŕöûĝĥ ẊŴàýĺàñđ" îñ Šéţţîñĝš, Àþþéàŕàñçé, àñđ šţàŕţ Šûþþĺé àĝàîñ (ûñĺéšš ýöû šéţ ǪŢ_ǪÞÀ_ÞĹÀŢƑÖŘṀ ýöûŕšéĺƒ: Šûþþĺé ţĥéñ ĺéàṽéš îţ àš îţ îš).·······················································································································································································································································⟧</translation>
        </message>
    </context>
    <context>
        <name>MinutesChart</name>
        <message numerus="yes">
            <source>%1 of the last %n day(s) with stretching</source>
            <translation>
                <numerusform>⟦%1 öƒ ţĥé ĺàšţ %n đàý ŵîţĥ šţŕéţçĥîñĝ···············⟧</numerusform>
                <numerusform>⟦%1 öƒ ţĥé ĺàšţ %n đàýš ŵîţĥ šţŕéţçĥîñĝ················⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>Minutes stretched per day</source>
            <translation>⟦Ṁîñûţéš šţŕéţçĥéđ þéŕ đàý··········⟧</translation>
        </message>
        <message>
            <source>No stretching in these weeks yet</source>
            <translation>⟦Ñö šţŕéţçĥîñĝ îñ ţĥéšé ŵééķš ýéţ·············⟧</translation>
        </message>
    </context>
    <context>
        <name>Outputs</name>
        <message>
            <source>Chimes are off.</source>
            <translation>⟦Çĥîɱéš àŕé öƒƒ.······⟧</translation>
        </message>
        <message>
            <source>The voice is off.</source>
            <translation>⟦Ţĥé ṽöîçé îš öƒƒ.·······⟧</translation>
        </message>
    </context>
    <context>
        <name>Panel</name>
        <message>
            <source>%1 (each side)</source>
            <translation>⟦%1 (éàçĥ šîđé)······⟧</translation>
        </message>
        <message>
            <source>Before you start</source>
            <translation>⟦ßéƒöŕé ýöû šţàŕţ·······⟧</translation>
        </message>
        <message>
            <source>Press &lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;Start&lt;/b&gt; to begin.</source>
            <translation>⟦Þŕéšš &lt;b&gt;Éñţéŕ&lt;/b&gt; öŕ &lt;b&gt;Šţàŕţ&lt;/b&gt; ţö ƀéĝîñ.··················⟧</translation>
        </message>
    </context>
    <context>
        <name>PosePanel</name>
        <message>
            <source>Instructions</source>
            <translation>⟦Îñšţŕûçţîöñš·····⟧</translation>
        </message>
    </context>
    <context>
        <name>PoseView</name>
        <message>
            <source>Pose illustration</source>
            <translation>⟦Þöšé îĺĺûšţŕàţîöñ·······⟧</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>R&amp;eminders</source>
            <translation>⟦Ř&amp;éɱîñđéŕš····⟧</translation>
        </message>
        <message>
            <source>Your settings could not be saved to %1: %2.

They apply until Supple closes.</source>
            <translation>⟦Ýöûŕ šéţţîñĝš çöûĺđ ñöţ ƀé šàṽéđ ţö %1: %2.

Ţĥéý àþþĺý ûñţîĺ Šûþþĺé çĺöšéš.·······························⟧</translation>
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <source>%1, %2</source>
            <comment>a phase, then a side: 'Hold, left leg'</comment>
            <translation>⟦%1, %2···⟧</translation>
        </message>
        <message>
            <source>%1, %2 left</source>
            <comment>a phase, then the time left</comment>
            <translation>⟦%1, %2 ĺéƒţ·····⟧</translation>
        </message>
        <message>
            <source>%1, %2 left, %3</source>
            <comment>a phase, the time left, a side: 'Hold, 19 seconds left, left leg'</comment>
            <translation>⟦%1, %2 ĺéƒţ, %3······⟧</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>⟦Đöñé··⟧</translation>
        </message>
        <message>
            <source>Done</source>
            <comment>the stretches done, as a heading</comment>
            <translation>⟦Đöñé··⟧</translation>
        </message>
        <message>
            <source>Ease out of %1 slowly</source>
            <translation>⟦Éàšé öûţ öƒ %1 šĺöŵĺý·········⟧</translation>
        </message>
        <message>
            <source>If pain like this comes back, leave that stretch out and ask a health professional.</source>
            <translation>⟦Îƒ þàîñ ĺîķé ţĥîš çöɱéš ƀàçķ, ĺéàṽé ţĥàţ šţŕéţçĥ öûţ àñđ àšķ à ĥéàĺţĥ þŕöƒéššîöñàĺ.··································⟧</translation>
        </message>
        <message>
            <source>Last stretch</source>
            <translation>⟦Ĺàšţ šţŕéţçĥ·····⟧</translation>
        </message>
        <message>
            <source>Next up: %1</source>
            <translation>⟦Ñéẋţ ûþ: %1·····⟧</translation>
        </message>
        <message>
            <source>Next: %1</source>
            <comment>the other side: 'Next: right leg'</comment>
            <translation>⟦Ñéẋţ: %1····⟧</translation>
        </message>
        <message>
            <source>Next: %1</source>
            <comment>the next stretch: 'Next: cat-cow'</comment>
            <translation>⟦Ñéẋţ: %1····⟧</translation>
        </message>
        <message>
            <source>Next: round %1 of %2</source>
            <translation>⟦Ñéẋţ: ŕöûñđ %1 öƒ %2········⟧</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>⟦Þàûšéđ···⟧</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>⟦Řéàđý··⟧</translation>
        </message>
        <message>
            <source>Routine complete. Well done!</source>
            <translation>⟦Řöûţîñé çöɱþĺéţé. Ŵéĺĺ đöñé!············⟧</translation>
        </message>
        <message>
            <source>Routine stopped</source>
            <translation>⟦Řöûţîñé šţöþþéđ······⟧</translation>
        </message>
        <message>
            <source>Sharp pain reported</source>
            <translation>⟦Šĥàŕþ þàîñ ŕéþöŕţéđ········⟧</translation>
        </message>
        <message>
            <source>Skip or go on?</source>
            <translation>⟦Šķîþ öŕ ĝö öñ?······⟧</translation>
        </message>
        <message>
            <source>Skip this stretch, or go on gently?</source>
            <translation>⟦Šķîþ ţĥîš šţŕéţçĥ, öŕ ĝö öñ ĝéñţĺý?··············⟧</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>⟦Šķîþþéđ···⟧</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>⟦Šţöþþéđ···⟧</translation>
        </message>
        <message>
            <source>Stretch %1 of %2 · %3 left</source>
            <translation>⟦Šţŕéţçĥ %1 öƒ %2 · %3 ĺéƒţ···········⟧</translation>
        </message>
        <message>
            <source>Warm-up · %1 left</source>
            <translation>⟦Ŵàŕɱ-ûþ · %1 ĺéƒţ·······⟧</translation>
        </message>
    </context>
    <context>
        <name>ProgressView</name>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>⟦%n šéššîöñ····⟧</numerusform>
                <numerusform>⟦%n šéššîöñš·····⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Clear history…</source>
            <translation>⟦&amp;Çĺéàŕ ĥîšţöŕý…······⟧</translation>
        </message>
        <message>
            <source>&amp;Export to CSV…</source>
            <translation>⟦&amp;Éẋþöŕţ ţö ÇŠṼ…······⟧</translation>
        </message>
        <message>
            <source>Breaks taken of the reminders shown</source>
            <translation>⟦ßŕéàķš ţàķéñ öƒ ţĥé ŕéɱîñđéŕš šĥöŵñ··············⟧</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>⟦ÇŠṼ ƒîĺéš (*.çšṽ)·······⟧</translation>
        </message>
        <message>
            <source>Clear the history?</source>
            <translation>⟦Çĺéàŕ ţĥé ĥîšţöŕý?········⟧</translation>
        </message>
        <message>
            <source>Clear the whole history</source>
            <translation>⟦Çĺéàŕ ţĥé ŵĥöĺé ĥîšţöŕý··········⟧</translation>
        </message>
        <message>
            <source>Could not export to %1: %2</source>
            <translation>⟦Çöûĺđ ñöţ éẋþöŕţ ţö %1: %2···········⟧</translation>
        </message>
        <message>
            <source>Delete every recorded session, including pain reports? This cannot be undone. Export to CSV first if you may want them later.</source>
            <translation>⟦Đéĺéţé éṽéŕý ŕéçöŕđéđ šéššîöñ, îñçĺûđîñĝ þàîñ ŕéþöŕţš? Ţĥîš çàññöţ ƀé ûñđöñé. Éẋþöŕţ ţö ÇŠṼ ƒîŕšţ îƒ ýöû ɱàý ŵàñţ ţĥéɱ ĺàţéŕ.··················································⟧</translation>
        </message>
        <message>
            <source>Export history</source>
            <translation>⟦Éẋþöŕţ ĥîšţöŕý······⟧</translation>
        </message>
        <message>
            <source>Export the history to a CSV file</source>
            <translation>⟦Éẋþöŕţ ţĥé ĥîšţöŕý ţö à ÇŠṼ ƒîĺé·············⟧</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n session(s) to %1.</source>
            <translation>
                <numerusform>⟦Éẋþöŕţéđ %n šéššîöñ ţö %1.···········⟧</numerusform>
                <numerusform>⟦Éẋþöŕţéđ %n šéššîöñš ţö %1.···········⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>Minutes stretched per day</source>
            <translation>⟦Ṁîñûţéš šţŕéţçĥéđ þéŕ đàý··········⟧</translation>
        </message>
        <message>
            <source>Most-done routines</source>
            <translation>⟦Ṁöšţ-đöñé ŕöûţîñéš········⟧</translation>
        </message>
        <message>
            <source>Most-done stretches</source>
            <translation>⟦Ṁöšţ-đöñé šţŕéţçĥéš········⟧</translation>
        </message>
        <message>
            <source>No sessions yet: your progress shows here after your first routine.</source>
            <translation>⟦Ñö šéššîöñš ýéţ: ýöûŕ þŕöĝŕéšš šĥöŵš ĥéŕé àƒţéŕ ýöûŕ ƒîŕšţ ŕöûţîñé.···························⟧</translation>
        </message>
        <message>
            <source>Sharp pain reports</source>
            <translation>⟦Šĥàŕþ þàîñ ŕéþöŕţš········⟧</translation>
        </message>
    </context>
    <context>
        <name>ReminderPrompt</name>
        <message>
            <source>%1: %2</source>
            <comment>the title, then the routine offered</comment>
            <translation>⟦%1: %2···⟧</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>⟦&amp;Šţàŕţ···⟧</translation>
        </message>
        <message numerus="yes">
            <source>In %n min</source>
            <comment>snooze: remind me in so many minutes</comment>
            <translation>
                <numerusform>⟦Îñ %n ɱîñ····⟧</numerusform>
                <numerusform>⟦Îñ %n ɱîñ····⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>S&amp;kip</source>
            <translation>⟦Š&amp;ķîþ··⟧</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>⟦Šéţţîñĝš…····⟧</translation>
        </message>
        <message>
            <source>Time for a stretch</source>
            <translation>⟦Ţîɱé ƒöŕ à šţŕéţçĥ········⟧</translation>
        </message>
        <message numerus="yes">
            <source>You have been at it for %n min. %1 would fit now.</source>
            <translation>
                <numerusform>⟦Ýöû ĥàṽé ƀééñ àţ îţ ƒöŕ %n ɱîñ. %1 ŵöûĺđ ƒîţ ñöŵ.····················⟧</numerusform>
                <numerusform>⟦Ýöû ĥàṽé ƀééñ àţ îţ ƒöŕ %n ɱîñ. %1 ŵöûĺđ ƒîţ ñöŵ.····················⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have been at it for %n min. A routine would fit now.</source>
            <translation>
                <numerusform>⟦Ýöû ĥàṽé ƀééñ àţ îţ ƒöŕ %n ɱîñ. À ŕöûţîñé ŵöûĺđ ƒîţ ñöŵ.·······················⟧</numerusform>
                <numerusform>⟦Ýöû ĥàṽé ƀééñ àţ îţ ƒöŕ %n ɱîñ. À ŕöûţîñé ŵöûĺđ ƒîţ ñöŵ.·······················⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>You have put it off a few times. How about a short one at your desk: %1?</source>
            <translation>⟦Ýöû ĥàṽé þûţ îţ öƒƒ à ƒéŵ ţîɱéš. Ĥöŵ àƀöûţ à šĥöŕţ öñé àţ ýöûŕ đéšķ: %1?·····························⟧</translation>
        </message>
        <message>
            <source>You have put it off a few times. How about a short routine at your desk?</source>
            <translation>⟦Ýöû ĥàṽé þûţ îţ öƒƒ à ƒéŵ ţîɱéš. Ĥöŵ àƀöûţ à šĥöŕţ ŕöûţîñé àţ ýöûŕ đéšķ?·····························⟧</translation>
        </message>
    </context>
    <context>
        <name>ReminderSettingsPanel</name>
        <message>
            <source> min</source>
            <comment>a spin box's suffix: minutes</comment>
            <translation>⟦ ɱîñ··⟧</translation>
        </message>
        <message>
            <source>&amp;Remind me to stretch</source>
            <translation>⟦&amp;Řéɱîñđ ɱé ţö šţŕéţçĥ·········⟧</translation>
        </message>
        <message>
            <source>&amp;Snoozes in a row, at most</source>
            <translation>⟦&amp;Šñööžéš îñ à ŕöŵ, àţ ɱöšţ···········⟧</translation>
        </message>
        <message>
            <source>After w&amp;orking for</source>
            <translation>⟦Àƒţéŕ ŵ&amp;öŕķîñĝ ƒöŕ········⟧</translation>
        </message>
        <message>
            <source>Minutes away that count as a break</source>
            <translation>⟦Ṁîñûţéš àŵàý ţĥàţ çöûñţ àš à ƀŕéàķ··············⟧</translation>
        </message>
        <message>
            <source>Minutes of work between reminders</source>
            <translation>⟦Ṁîñûţéš öƒ ŵöŕķ ƀéţŵééñ ŕéɱîñđéŕš··············⟧</translation>
        </message>
        <message>
            <source>Only during my working &amp;hours</source>
            <translation>⟦Öñĺý đûŕîñĝ ɱý ŵöŕķîñĝ &amp;ĥöûŕš············⟧</translation>
        </message>
        <message>
            <source>Snoozes in a row before only a short break is offered</source>
            <translation>⟦Šñööžéš îñ à ŕöŵ ƀéƒöŕé öñĺý à šĥöŕţ ƀŕéàķ îš öƒƒéŕéđ······················⟧</translation>
        </message>
        <message>
            <source>Start Supple when I log &amp;in (in the tray)</source>
            <translation>⟦Šţàŕţ Šûþþĺé ŵĥéñ Î ĺöĝ &amp;îñ (îñ ţĥé ţŕàý)·················⟧</translation>
        </message>
        <message>
            <source>Time &amp;away that counts as a break</source>
            <translation>⟦Ţîɱé &amp;àŵàý ţĥàţ çöûñţš àš à ƀŕéàķ··············⟧</translation>
        </message>
        <message>
            <source>Working hours end</source>
            <translation>⟦Ŵöŕķîñĝ ĥöûŕš éñđ·······⟧</translation>
        </message>
        <message>
            <source>Working hours start</source>
            <translation>⟦Ŵöŕķîñĝ ĥöûŕš šţàŕţ········⟧</translation>
        </message>
        <message>
            <source>from</source>
            <comment>working hours: from 9:00</comment>
            <translation>⟦ƒŕöɱ··⟧</translation>
        </message>
        <message>
            <source>to</source>
            <comment>working hours: to 17:00</comment>
            <translation>⟦ţö·⟧</translation>
        </message>
    </context>
    <context>
        <name>ReminderWords</name>
        <message>
            <source>Next reminder in %1 of work</source>
            <comment>%1: '25 min'</comment>
            <translation>⟦Ñéẋţ ŕéɱîñđéŕ îñ %1 öƒ ŵöŕķ···········⟧</translation>
        </message>
        <message>
            <source>Next reminder: soon</source>
            <translation>⟦Ñéẋţ ŕéɱîñđéŕ: šööñ········⟧</translation>
        </message>
        <message>
            <source>Reminders are off</source>
            <translation>⟦Řéɱîñđéŕš àŕé öƒƒ·······⟧</translation>
        </message>
        <message>
            <source>Reminders are paused</source>
            <translation>⟦Řéɱîñđéŕš àŕé þàûšéđ········⟧</translation>
        </message>
        <message>
            <source>Time for a stretch</source>
            <translation>⟦Ţîɱé ƒöŕ à šţŕéţçĥ········⟧</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Supple could not add itself to the programs that start at login: %1.</source>
            <translation>⟦Šûþþĺé çöûĺđ ñöţ àđđ îţšéĺƒ ţö ţĥé þŕöĝŕàɱš ţĥàţ šţàŕţ àţ ĺöĝîñ: %1.····························⟧</translation>
        </message>
        <message>
            <source>Supple could not remove itself from the programs that start at login: %1.</source>
            <translation>⟦Šûþþĺé çöûĺđ ñöţ ŕéɱöṽé îţšéĺƒ ƒŕöɱ ţĥé þŕöĝŕàɱš ţĥàţ šţàŕţ àţ ĺöĝîñ: %1.······························⟧</translation>
        </message>
    </context>
    <context>
        <name>RoutineActions</name>
        <message>
            <source>%1 (read only)</source>
            <comment>a routine's name</comment>
            <translation>⟦%1 (ŕéàđ öñĺý)······⟧</translation>
        </message>
        <message>
            <source>%1 comes with Supple and cannot be deleted. Duplicate it to make your own.</source>
            <translation>⟦%1 çöɱéš ŵîţĥ Šûþþĺé àñđ çàññöţ ƀé đéĺéţéđ. Đûþĺîçàţé îţ ţö ɱàķé ýöûŕ öŵñ.······························⟧</translation>
        </message>
        <message>
            <source>%1 was not deleted:
%2</source>
            <comment>a routine's name, then why</comment>
            <translation>⟦%1 ŵàš ñöţ đéĺéţéđ:
%2·········⟧</translation>
        </message>
        <message>
            <source>&amp;Duplicate…</source>
            <translation>⟦&amp;Đûþĺîçàţé…·····⟧</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>⟦&amp;Éđîţ…···⟧</translation>
        </message>
        <message>
            <source>&amp;New routine…</source>
            <translation>⟦&amp;Ñéŵ ŕöûţîñé…······⟧</translation>
        </message>
        <message>
            <source>Copy of %1</source>
            <comment>a routine's name</comment>
            <translation>⟦Çöþý öƒ %1····⟧</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>⟦Đé&amp;ĺéţé···⟧</translation>
        </message>
        <message>
            <source>Delete routine</source>
            <translation>⟦Đéĺéţé ŕöûţîñé······⟧</translation>
        </message>
        <message>
            <source>Delete your routine %1?</source>
            <translation>⟦Đéĺéţé ýöûŕ ŕöûţîñé %1?··········⟧</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <comment>a routine's name</comment>
            <translation>⟦Éđîţ %1···⟧</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>⟦Ñéŵ ŕöûţîñé·····⟧</translation>
        </message>
        <message>
            <source>Save the routine first: Export shares the routine as it is saved.</source>
            <translation>⟦Šàṽé ţĥé ŕöûţîñé ƒîŕšţ: Éẋþöŕţ šĥàŕéš ţĥé ŕöûţîñé àš îţ îš šàṽéđ.··························⟧</translation>
        </message>
    </context>
    <context>
        <name>RoutineEditor</name>
        <message>
            <source>%1 s</source>
            <comment>a step's hold in seconds</comment>
            <translation>⟦%1 š··⟧</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <comment>a step's number, then its stretch</comment>
            <translation>⟦%1. %2···⟧</translation>
        </message>
        <message>
            <source>%1. %2, %3</source>
            <comment>a step's number, its stretch, then its hold, repetitions and sides</comment>
            <translation>⟦%1. %2, %3····⟧</translation>
        </message>
        <message numerus="yes">
            <source>%n time(s)</source>
            <translation>
                <numerusform>⟦%n ţîɱé···⟧</numerusform>
                <numerusform>⟦%n ţîɱéš····⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Area</source>
            <translation>⟦&amp;Àŕéà··⟧</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>⟦&amp;Îɱþöŕţ…····⟧</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>⟦&amp;Ñàɱé··⟧</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>⟦&amp;Þĺàçé···⟧</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>⟦&amp;Řéɱöṽé···⟧</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>⟦&amp;Šàṽé··⟧</translation>
        </message>
        <message>
            <source>A&amp;dd stretch</source>
            <translation>⟦À&amp;đđ šţŕéţçĥ·····⟧</translation>
        </message>
        <message>
            <source>Add %1</source>
            <comment>undo: a stretch's name</comment>
            <translation>⟦Àđđ %1···⟧</translation>
        </message>
        <message>
            <source>Add at least one stretch.</source>
            <translation>⟦Àđđ àţ ĺéàšţ öñé šţŕéţçĥ.··········⟧</translation>
        </message>
        <message>
            <source>Add the chosen stretch at the end (Enter in the list)</source>
            <translation>⟦Àđđ ţĥé çĥöšéñ šţŕéţçĥ àţ ţĥé éñđ (Éñţéŕ îñ ţĥé ĺîšţ)······················⟧</translation>
        </message>
        <message>
            <source>Add the routines of a shared file (Ctrl+I)</source>
            <translation>⟦Àđđ ţĥé ŕöûţîñéš öƒ à šĥàŕéđ ƒîĺé (Çţŕĺ+Î)·················⟧</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>⟦Çàñçéĺ···⟧</translation>
        </message>
        <message>
            <source>Change the area</source>
            <translation>⟦Çĥàñĝé ţĥé àŕéà······⟧</translation>
        </message>
        <message>
            <source>Change the description</source>
            <translation>⟦Çĥàñĝé ţĥé đéšçŕîþţîöñ·········⟧</translation>
        </message>
        <message>
            <source>Change the name</source>
            <translation>⟦Çĥàñĝé ţĥé ñàɱé······⟧</translation>
        </message>
        <message>
            <source>Change the place</source>
            <translation>⟦Çĥàñĝé ţĥé þĺàçé·······⟧</translation>
        </message>
        <message>
            <source>Change the repetitions</source>
            <translation>⟦Çĥàñĝé ţĥé ŕéþéţîţîöñš·········⟧</translation>
        </message>
        <message>
            <source>Change the sides</source>
            <translation>⟦Çĥàñĝé ţĥé šîđéš·······⟧</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>⟦Çĺöšé··⟧</translation>
        </message>
        <message>
            <source>Close without saving (Escape)</source>
            <translation>⟦Çĺöšé ŵîţĥöûţ šàṽîñĝ (Éšçàþé)············⟧</translation>
        </message>
        <message>
            <source>D&amp;escription</source>
            <translation>⟦Đ&amp;éšçŕîþţîöñ·····⟧</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>⟦É&amp;ẋþöŕţ…····⟧</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <comment>a routine's name</comment>
            <translation>⟦Éđîţ %1···⟧</translation>
        </message>
        <message>
            <source>Give the routine a name.</source>
            <translation>⟦Ĝîṽé ţĥé ŕöûţîñé à ñàɱé.··········⟧</translation>
        </message>
        <message>
            <source>Hold %1 for %2 s</source>
            <comment>undo: a stretch's name, then seconds</comment>
            <translation>⟦Ĥöĺđ %1 ƒöŕ %2 š·······⟧</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>⟦Ṁöṽé &amp;ûþ····⟧</translation>
        </message>
        <message>
            <source>Move a step</source>
            <translation>⟦Ṁöṽé à šţéþ·····⟧</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>⟦Ṁöṽé đö&amp;ŵñ····⟧</translation>
        </message>
        <message>
            <source>Move the step earlier (Alt+Up)</source>
            <translation>⟦Ṁöṽé ţĥé šţéþ éàŕĺîéŕ (Àĺţ+Ûþ)············⟧</translation>
        </message>
        <message>
            <source>Move the step later (Alt+Down)</source>
            <translation>⟦Ṁöṽé ţĥé šţéþ ĺàţéŕ (Àĺţ+Đöŵñ)············⟧</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>⟦Ñéŵ ŕöûţîñé·····⟧</translation>
        </message>
        <message>
            <source>No stretches yet: add one from the list on the right.</source>
            <translation>⟦Ñö šţŕéţçĥéš ýéţ: àđđ öñé ƒŕöɱ ţĥé ĺîšţ öñ ţĥé ŕîĝĥţ.······················⟧</translation>
        </message>
        <message>
            <source>Not saved:
%1</source>
            <translation>⟦Ñöţ šàṽéđ:
%1······⟧</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>⟦Ñöţ šàṽéđ: %1······⟧</translation>
        </message>
        <message>
            <source>Read only: its file has problems. Fix them and open it again.

%1</source>
            <translation>⟦Řéàđ öñĺý: îţš ƒîĺé ĥàš þŕöƀĺéɱš. Ƒîẋ ţĥéɱ àñđ öþéñ îţ àĝàîñ.

%1··························⟧</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>⟦Řéđö··⟧</translation>
        </message>
        <message>
            <source>Redo what was undone (Ctrl+Shift+Z)</source>
            <translation>⟦Řéđö ŵĥàţ ŵàš ûñđöñé (Çţŕĺ+Šĥîƒţ+Ž)··············⟧</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <comment>undo: a stretch's name</comment>
            <translation>⟦Řéɱöṽé %1····⟧</translation>
        </message>
        <message>
            <source>Remove the step (Delete)</source>
            <translation>⟦Řéɱöṽé ţĥé šţéþ (Đéĺéţé)··········⟧</translation>
        </message>
        <message>
            <source>Save the routine (Ctrl+S)</source>
            <translation>⟦Šàṽé ţĥé ŕöûţîñé (Çţŕĺ+Š)··········⟧</translation>
        </message>
        <message>
            <source>Save your changes to %1 before closing?</source>
            <comment>a routine's name</comment>
            <translation>⟦Šàṽé ýöûŕ çĥàñĝéš ţö %1 ƀéƒöŕé çĺöšîñĝ?················⟧</translation>
        </message>
        <message>
            <source>Save your changes to this routine before closing?</source>
            <translation>⟦Šàṽé ýöûŕ çĥàñĝéš ţö ţĥîš ŕöûţîñé ƀéƒöŕé çĺöšîñĝ?····················⟧</translation>
        </message>
        <message>
            <source>Say in a few words what the routine is for.</source>
            <translation>⟦Šàý îñ à ƒéŵ ŵöŕđš ŵĥàţ ţĥé ŕöûţîñé îš ƒöŕ.··················⟧</translation>
        </message>
        <message>
            <source>Steps, in order</source>
            <translation>⟦Šţéþš, îñ öŕđéŕ······⟧</translation>
        </message>
        <message>
            <source>Stretches to add</source>
            <translation>⟦Šţŕéţçĥéš ţö àđđ·······⟧</translation>
        </message>
        <message>
            <source>Total time: %1</source>
            <translation>⟦Ţöţàĺ ţîɱé: %1······⟧</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>⟦Ûñđö··⟧</translation>
        </message>
        <message>
            <source>Undo the last change (Ctrl+Z)</source>
            <translation>⟦Ûñđö ţĥé ĺàšţ çĥàñĝé (Çţŕĺ+Ž)············⟧</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>⟦Ûñšàṽéđ çĥàñĝéš······⟧</translation>
        </message>
        <message>
            <source>Write this routine, as saved, to a file to share (Ctrl+Shift+E)</source>
            <translation>⟦Ŵŕîţé ţĥîš ŕöûţîñé, àš šàṽéđ, ţö à ƒîĺé ţö šĥàŕé (Çţŕĺ+Šĥîƒţ+É)··························⟧</translation>
        </message>
    </context>
    <context>
        <name>RoutineList</name>
        <message>
            <source>%1 (yours)</source>
            <comment>a routine of the person's own, in the list</comment>
            <translation>⟦%1 (ýöûŕš)····⟧</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %2 · %n stretch(es)</source>
            <comment>a routine's length, its place, its number of stretches</comment>
            <translation>
                <numerusform>⟦%1 · %2 · %n šţŕéţçĥ········⟧</numerusform>
                <numerusform>⟦%1 · %2 · %n šţŕéţçĥéš·········⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>a routine's name, then its facts, read by a screen reader</comment>
            <translation>⟦%1, %2···⟧</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>⟦Řöûţîñéš····⟧</translation>
        </message>
    </context>
    <context>
        <name>Seeing</name>
        <message>
            <source>A reminder waits for a better moment when it sees: %1.</source>
            <translation>⟦À ŕéɱîñđéŕ ŵàîţš ƒöŕ à ƀéţţéŕ ɱöɱéñţ ŵĥéñ îţ šééš: %1.······················⟧</translation>
        </message>
        <message>
            <source>Not seen on this computer: %1.</source>
            <translation>⟦Ñöţ šééñ öñ ţĥîš çöɱþûţéŕ: %1.············⟧</translation>
        </message>
        <message>
            <source>Supple notices when you are away through the %1.</source>
            <translation>⟦Šûþþĺé ñöţîçéš ŵĥéñ ýöû àŕé àŵàý ţĥŕöûĝĥ ţĥé %1.····················⟧</translation>
        </message>
        <message>
            <source>This computer does not tell Supple when you are away, so reminders follow plain time: a break away from the keyboard is not noticed.</source>
            <translation>⟦Ţĥîš çöɱþûţéŕ đöéš ñöţ ţéĺĺ Šûþþĺé ŵĥéñ ýöû àŕé àŵàý, šö ŕéɱîñđéŕš ƒöĺĺöŵ þĺàîñ ţîɱé: à ƀŕéàķ àŵàý ƒŕöɱ ţĥé ķéýƀöàŕđ îš ñöţ ñöţîçéđ.·····················································⟧</translation>
        </message>
    </context>
    <context>
        <name>SessionActions</name>
        <message>
            <source>%1 (%2)</source>
            <comment>a tooltip, then its key</comment>
            <translation>⟦%1 (%2)···⟧</translation>
        </message>
        <message>
            <source>Back to the previous stretch</source>
            <translation>⟦ßàçķ ţö ţĥé þŕéṽîöûš šţŕéţçĥ············⟧</translation>
        </message>
        <message>
            <source>Do this stretch again with a shorter hold, only to a light stretch</source>
            <translation>⟦Đö ţĥîš šţŕéţçĥ àĝàîñ ŵîţĥ à šĥöŕţéŕ ĥöĺđ, öñĺý ţö à ĺîĝĥţ šţŕéţçĥ···························⟧</translation>
        </message>
        <message>
            <source>Ease out of the stretch now, then choose to skip it or go on gently</source>
            <translation>⟦Éàšé öûţ öƒ ţĥé šţŕéţçĥ ñöŵ, ţĥéñ çĥööšé ţö šķîþ îţ öŕ ĝö öñ ĝéñţĺý···························⟧</translation>
        </message>
        <message>
            <source>Go back to the start of the previous stretch</source>
            <translation>⟦Ĝö ƀàçķ ţö ţĥé šţàŕţ öƒ ţĥé þŕéṽîöûš šţŕéţçĥ··················⟧</translation>
        </message>
        <message>
            <source>Go on gently</source>
            <translation>⟦Ĝö öñ ĝéñţĺý·····⟧</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>⟦Þàûšé··⟧</translation>
        </message>
        <message>
            <source>Restart this stretch</source>
            <translation>⟦Řéšţàŕţ ţĥîš šţŕéţçĥ········⟧</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>⟦Řéšûɱé···⟧</translation>
        </message>
        <message>
            <source>Sharp pain</source>
            <translation>⟦Šĥàŕþ þàîñ····⟧</translation>
        </message>
        <message>
            <source>Skip ahead</source>
            <translation>⟦Šķîþ àĥéàđ····⟧</translation>
        </message>
        <message>
            <source>Skip the rest of this part of the stretch</source>
            <translation>⟦Šķîþ ţĥé ŕéšţ öƒ ţĥîš þàŕţ öƒ ţĥé šţŕéţçĥ·················⟧</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>⟦Šţàŕţ··⟧</translation>
        </message>
        <message>
            <source>Start this stretch again from getting into position</source>
            <translation>⟦Šţàŕţ ţĥîš šţŕéţçĥ àĝàîñ ƒŕöɱ ĝéţţîñĝ îñţö þöšîţîöñ·····················⟧</translation>
        </message>
        <message>
            <source>Start, pause or resume the routine</source>
            <translation>⟦Šţàŕţ, þàûšé öŕ ŕéšûɱé ţĥé ŕöûţîñé··············⟧</translation>
        </message>
        <message>
            <source>Stop the routine; what you have done so far is kept</source>
            <translation>⟦Šţöþ ţĥé ŕöûţîñé; ŵĥàţ ýöû ĥàṽé đöñé šö ƒàŕ îš ķéþţ·····················⟧</translation>
        </message>
        <message>
            <source>Stop the routine…</source>
            <translation>⟦Šţöþ ţĥé ŕöûţîñé…·······⟧</translation>
        </message>
    </context>
    <context>
        <name>SessionPage</name>
        <message>
            <source>%1 (%2): %3.</source>
            <comment>a choice's words, its key, what it does: 'Go on gently (Space): a shorter, lighter hold.'</comment>
            <translation>⟦%1 (%2): %3.·····⟧</translation>
        </message>
        <message>
            <source>Gently this time: only to a light stretch, and ease out if it hurts.</source>
            <translation>⟦Ĝéñţĺý ţĥîš ţîɱé: öñĺý ţö à ĺîĝĥţ šţŕéţçĥ, àñđ éàšé öûţ îƒ îţ ĥûŕţš.····························⟧</translation>
        </message>
        <message>
            <source>Go on gently</source>
            <translation>⟦Ĝö öñ ĝéñţĺý·····⟧</translation>
        </message>
        <message>
            <source>Left arrow</source>
            <translation>⟦Ĺéƒţ àŕŕöŵ····⟧</translation>
        </message>
        <message>
            <source>Right arrow</source>
            <translation>⟦Řîĝĥţ àŕŕöŵ·····⟧</translation>
        </message>
        <message>
            <source>Skip this stretch</source>
            <translation>⟦Šķîþ ţĥîš šţŕéţçĥ·······⟧</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>⟦Šþàçé··⟧</translation>
        </message>
        <message>
            <source>a shorter, lighter hold</source>
            <translation>⟦à šĥöŕţéŕ, ĺîĝĥţéŕ ĥöĺđ··········⟧</translation>
        </message>
        <message>
            <source>on to the next one</source>
            <translation>⟦öñ ţö ţĥé ñéẋţ öñé········⟧</translation>
        </message>
    </context>
    <context>
        <name>SessionPane</name>
        <message>
            <source>Key: %1</source>
            <translation>⟦Ķéý: %1···⟧</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Chimes and spoken cues are set here.</source>
            <translation>⟦Çĥîɱéš àñđ šþöķéñ çûéš àŕé šéţ ĥéŕé.···············⟧</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>⟦Đàŕķ··⟧</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>⟦Ƒöĺĺöŵ ţĥé šýšţéɱ·······⟧</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>⟦Ĺîĝĥţ··⟧</translation>
        </message>
        <message>
            <source>Moving</source>
            <translation>⟦Ṁöṽîñĝ···⟧</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>⟦Šéţţîñĝš····⟧</translation>
        </message>
        <message>
            <source>Still pictures</source>
            <translation>⟦Šţîĺĺ þîçţûŕéš······⟧</translation>
        </message>
    </context>
    <context>
        <name>SettingsForm</name>
        <message>
            <source> min</source>
            <translation>⟦ ɱîñ··⟧</translation>
        </message>
        <message>
            <source> s</source>
            <translation>⟦ š·⟧</translation>
        </message>
        <message>
            <source> × usual</source>
            <translation>⟦ × ûšûàĺ····⟧</translation>
        </message>
        <message>
            <source>&amp;Breath length</source>
            <translation>⟦&amp;ßŕéàţĥ ĺéñĝţĥ······⟧</translation>
        </message>
        <message>
            <source>&amp;Get into position for</source>
            <translation>⟦&amp;Ĝéţ îñţö þöšîţîöñ ƒöŕ·········⟧</translation>
        </message>
        <message>
            <source>&amp;Hold each stretch for</source>
            <translation>⟦&amp;Ĥöĺđ éàçĥ šţŕéţçĥ ƒöŕ·········⟧</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>⟦&amp;Ĺàñĝûàĝé····⟧</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>⟦&amp;Ţĥéɱé···⟧</translation>
        </message>
        <message>
            <source>&amp;Warm up before routines that have a warm-up</source>
            <translation>⟦&amp;Ŵàŕɱ ûþ ƀéƒöŕé ŕöûţîñéš ţĥàţ ĥàṽé à ŵàŕɱ-ûþ··················⟧</translation>
        </message>
        <message>
            <source>A&amp;ppearance</source>
            <translation>⟦À&amp;þþéàŕàñçé·····⟧</translation>
        </message>
        <message>
            <source>Appearance and start</source>
            <translation>⟦Àþþéàŕàñçé àñđ šţàŕţ········⟧</translation>
        </message>
        <message>
            <source>Breath pace, as a multiple of the usual breath length</source>
            <translation>⟦ßŕéàţĥ þàçé, àš à ɱûĺţîþĺé öƒ ţĥé ûšûàĺ ƀŕéàţĥ ĺéñĝţĥ······················⟧</translation>
        </message>
        <message>
            <source>Default hold length in seconds</source>
            <translation>⟦Đéƒàûĺţ ĥöĺđ ĺéñĝţĥ îñ šéçöñđš············⟧</translation>
        </message>
        <message>
            <source>Fi&amp;gure</source>
            <translation>⟦Ƒî&amp;ĝûŕé···⟧</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>⟦Ƒîĝûŕé···⟧</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>⟦Ĥöĺđš··⟧</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>⟦Ĺàñĝûàĝé····⟧</translation>
        </message>
        <message>
            <source>Native &amp;Wayland: sharp at any scale</source>
            <translation>⟦Ñàţîṽé &amp;Ŵàýĺàñđ: šĥàŕþ àţ àñý šçàĺé··············⟧</translation>
        </message>
        <message>
            <source>On a Wayland desktop (Linux)</source>
            <translation>⟦Öñ à Ŵàýĺàñđ đéšķţöþ (Ĺîñûẋ)············⟧</translation>
        </message>
        <message>
            <source>S&amp;witch sides in</source>
            <translation>⟦Š&amp;ŵîţçĥ šîđéš îñ·······⟧</translation>
        </message>
        <message>
            <source>Seconds to get into position</source>
            <translation>⟦Šéçöñđš ţö ĝéţ îñţö þöšîţîöñ············⟧</translation>
        </message>
        <message>
            <source>Seconds to switch sides</source>
            <translation>⟦Šéçöñđš ţö šŵîţçĥ šîđéš··········⟧</translation>
        </message>
        <message>
            <source>Slows (above 1) or quickens (below 1) the breathing pace of cat-cow</source>
            <translation>⟦Šĺöŵš (àƀöṽé 1) öŕ ǫûîçķéñš (ƀéĺöŵ 1) ţĥé ƀŕéàţĥîñĝ þàçé öƒ çàţ-çöŵ···························⟧</translation>
        </message>
        <message>
            <source>Sou&amp;nd and voice</source>
            <translation>⟦Šöû&amp;ñđ àñđ ṽöîçé·······⟧</translation>
        </message>
        <message>
            <source>Sound and voice</source>
            <translation>⟦Šöûñđ àñđ ṽöîçé······⟧</translation>
        </message>
        <message>
            <source>Start &amp;minimised to the tray</source>
            <translation>⟦Šţàŕţ &amp;ɱîñîɱîšéđ ţö ţĥé ţŕàý············⟧</translation>
        </message>
        <message>
            <source>Still pictures show each position without moving between them</source>
            <translation>⟦Šţîĺĺ þîçţûŕéš šĥöŵ éàçĥ þöšîţîöñ ŵîţĥöûţ ɱöṽîñĝ ƀéţŵééñ ţĥéɱ·························⟧</translation>
        </message>
        <message>
            <source>Supple speaks the language chosen here from the next time it starts.</source>
            <translation>⟦Šûþþĺé šþéàķš ţĥé ĺàñĝûàĝé çĥöšéñ ĥéŕé ƒŕöɱ ţĥé ñéẋţ ţîɱé îţ šţàŕţš.····························⟧</translation>
        </message>
        <message>
            <source>Supple uses this the next time it starts.</source>
            <translation>⟦Šûþþĺé ûšéš ţĥîš ţĥé ñéẋţ ţîɱé îţ šţàŕţš.·················⟧</translation>
        </message>
        <message>
            <source>T&amp;iming</source>
            <translation>⟦Ţ&amp;îɱîñĝ···⟧</translation>
        </message>
        <message>
            <source>Text and pictures may look a little soft when the desktop is scaled by a fraction, such as 125%.</source>
            <translation>⟦Ţéẋţ àñđ þîçţûŕéš ɱàý ĺööķ à ĺîţţĺé šöƒţ ŵĥéñ ţĥé đéšķţöþ îš šçàĺéđ ƀý à ƒŕàçţîöñ, šûçĥ àš 125%.·······································⟧</translation>
        </message>
        <message>
            <source>The guide asks for 20 to 30 seconds; a routine's own length wins where it sets one</source>
            <translation>⟦Ţĥé ĝûîđé àšķš ƒöŕ 20 ţö 30 šéçöñđš; à ŕöûţîñé'š öŵñ ĺéñĝţĥ ŵîñš ŵĥéŕé îţ šéţš öñé·································⟧</translation>
        </message>
        <message>
            <source>The mini timer cannot keep itself above other windows; you can pin it from the desktop's window menu, or bring it forward from the tray.</source>
            <translation>⟦Ţĥé ɱîñî ţîɱéŕ çàññöţ ķééþ îţšéĺƒ àƀöṽé öţĥéŕ ŵîñđöŵš; ýöû çàñ þîñ îţ ƒŕöɱ ţĥé đéšķţöþ'š ŵîñđöŵ ɱéñû, öŕ ƀŕîñĝ îţ ƒöŕŵàŕđ ƒŕöɱ ţĥé ţŕàý.·······················································⟧</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>⟦Ţĥéɱé··⟧</translation>
        </message>
        <message>
            <source>Through XWa&amp;yland: the mini timer stays on top</source>
            <translation>⟦Ţĥŕöûĝĥ ẊŴà&amp;ýĺàñđ: ţĥé ɱîñî ţîɱéŕ šţàýš öñ ţöþ···················⟧</translation>
        </message>
        <message>
            <source>Warm muscles stretch further and strain less; the guide suggests 5 to 10 minutes</source>
            <translation>⟦Ŵàŕɱ ɱûšçĺéš šţŕéţçĥ ƒûŕţĥéŕ àñđ šţŕàîñ ĺéšš; ţĥé ĝûîđé šûĝĝéšţš 5 ţö 10 ɱîñûţéš································⟧</translation>
        </message>
        <message>
            <source>Warm-up</source>
            <translation>⟦Ŵàŕɱ-ûþ···⟧</translation>
        </message>
        <message>
            <source>Warm-up &amp;length</source>
            <translation>⟦Ŵàŕɱ-ûþ &amp;ĺéñĝţĥ······⟧</translation>
        </message>
        <message>
            <source>Warm-up length in minutes</source>
            <translation>⟦Ŵàŕɱ-ûþ ĺéñĝţĥ îñ ɱîñûţéš··········⟧</translation>
        </message>
    </context>
    <context>
        <name>Sharing</name>
        <message>
            <source>'%1' is built in: everyone has it already</source>
            <translation>⟦'%1' îš ƀûîĺţ îñ: éṽéŕýöñé ĥàš îţ àĺŕéàđý·················⟧</translation>
        </message>
        <message>
            <source>no longer holds '%1'</source>
            <translation>⟦ñö ĺöñĝéŕ ĥöĺđš '%1'········⟧</translation>
        </message>
    </context>
    <context>
        <name>SharingActions</name>
        <message>
            <source>%1 comes with Supple: everyone has it already. Duplicate it to share your own.</source>
            <translation>⟦%1 çöɱéš ŵîţĥ Šûþþĺé: éṽéŕýöñé ĥàš îţ àĺŕéàđý. Đûþĺîçàţé îţ ţö šĥàŕé ýöûŕ öŵñ.································⟧</translation>
        </message>
        <message>
            <source>%1 was not exported:

%2</source>
            <comment>a routine's name, then why</comment>
            <translation>⟦%1 ŵàš ñöţ éẋþöŕţéđ:

%2··········⟧</translation>
        </message>
        <message>
            <source>%1 was not imported:

%2</source>
            <comment>a file's name, then why</comment>
            <translation>⟦%1 ŵàš ñöţ îɱþöŕţéđ:

%2··········⟧</translation>
        </message>
        <message>
            <source>%1 was not imported: %2</source>
            <comment>a file's name, then why</comment>
            <translation>⟦%1 ŵàš ñöţ îɱþöŕţéđ: %2··········⟧</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>⟦&amp;Îɱþöŕţ…····⟧</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>⟦É&amp;ẋþöŕţ…····⟧</translation>
        </message>
        <message>
            <source>Export a routine</source>
            <translation>⟦Éẋþöŕţ à ŕöûţîñé·······⟧</translation>
        </message>
        <message>
            <source>Import routines</source>
            <translation>⟦Îɱþöŕţ ŕöûţîñéš······⟧</translation>
        </message>
        <message>
            <source>Supple routines (%1)</source>
            <comment>a file filter: the pattern stays as it is</comment>
            <translation>⟦Šûþþĺé ŕöûţîñéš (%1)········⟧</translation>
        </message>
    </context>
    <context>
        <name>Sides</name>
        <message>
            <source>Left hip</source>
            <translation>⟦Ĺéƒţ ĥîþ····⟧</translation>
        </message>
        <message>
            <source>Left leg</source>
            <translation>⟦Ĺéƒţ ĺéĝ····⟧</translation>
        </message>
        <message>
            <source>Left side</source>
            <translation>⟦Ĺéƒţ šîđé····⟧</translation>
        </message>
        <message>
            <source>Right hip</source>
            <translation>⟦Řîĝĥţ ĥîþ····⟧</translation>
        </message>
        <message>
            <source>Right leg</source>
            <translation>⟦Řîĝĥţ ĺéĝ····⟧</translation>
        </message>
        <message>
            <source>Right side</source>
            <translation>⟦Řîĝĥţ šîđé····⟧</translation>
        </message>
    </context>
    <context>
        <name>SoundReasons</name>
        <message>
            <source>Chimes are off: Qt's multimedia support could not be loaded (%1).</source>
            <translation>⟦Çĥîɱéš àŕé öƒƒ: Ǫţ'š ɱûĺţîɱéđîà šûþþöŕţ çöûĺđ ñöţ ƀé ĺöàđéđ (%1).··························⟧</translation>
        </message>
        <message>
            <source>Chimes are off: a sound file could not be read (%1).</source>
            <translation>⟦Çĥîɱéš àŕé öƒƒ: à šöûñđ ƒîĺé çöûĺđ ñöţ ƀé ŕéàđ (%1).·····················⟧</translation>
        </message>
        <message>
            <source>Chimes are off: no audio output device was found.</source>
            <translation>⟦Çĥîɱéš àŕé öƒƒ: ñö àûđîö öûţþûţ đéṽîçé ŵàš ƒöûñđ.····················⟧</translation>
        </message>
        <message>
            <source>Chimes are off: sound files are missing from %1 (%2).</source>
            <translation>⟦Çĥîɱéš àŕé öƒƒ: šöûñđ ƒîĺéš àŕé ɱîššîñĝ ƒŕöɱ %1 (%2).······················⟧</translation>
        </message>
        <message>
            <source>Chimes are off: the audio device '%1' cannot play 16-bit mono sound.</source>
            <translation>⟦Çĥîɱéš àŕé öƒƒ: ţĥé àûđîö đéṽîçé '%1' çàññöţ þĺàý 16-ƀîţ ɱöñö šöûñđ.····························⟧</translation>
        </message>
        <message>
            <source>Chimes are off: the audio device '%1' could not be opened.</source>
            <translation>⟦Çĥîɱéš àŕé öƒƒ: ţĥé àûđîö đéṽîçé '%1' çöûĺđ ñöţ ƀé öþéñéđ.························⟧</translation>
        </message>
    </context>
    <context>
        <name>SoundSettingsPanel</name>
        <message>
            <source>&amp;Breath tones and words during a flow</source>
            <translation>⟦&amp;ßŕéàţĥ ţöñéš àñđ ŵöŕđš đûŕîñĝ à ƒĺöŵ···············⟧</translation>
        </message>
        <message>
            <source>&amp;Halfway through a hold</source>
            <translation>⟦&amp;Ĥàĺƒŵàý ţĥŕöûĝĥ à ĥöĺđ··········⟧</translation>
        </message>
        <message>
            <source>&amp;Rate:</source>
            <translation>⟦&amp;Řàţé:···⟧</translation>
        </message>
        <message>
            <source>&amp;Speak the cues</source>
            <translation>⟦&amp;Šþéàķ ţĥé çûéš······⟧</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <translation>⟦&amp;Ţéšţ··⟧</translation>
        </message>
        <message>
            <source>Also play a cue:</source>
            <translation>⟦Àĺšö þĺàý à çûé:·······⟧</translation>
        </message>
        <message>
            <source>Chime &amp;volume:</source>
            <translation>⟦Çĥîɱé &amp;ṽöĺûɱé:······⟧</translation>
        </message>
        <message>
            <source>Chime volume</source>
            <translation>⟦Çĥîɱé ṽöĺûɱé·····⟧</translation>
        </message>
        <message>
            <source>Play &amp;chimes at each change</source>
            <translation>⟦Þĺàý &amp;çĥîɱéš àţ éàçĥ çĥàñĝé···········⟧</translation>
        </message>
        <message>
            <source>Play a chime and speak a sample line with these settings</source>
            <translation>⟦Þĺàý à çĥîɱé àñđ šþéàķ à šàɱþĺé ĺîñé ŵîţĥ ţĥéšé šéţţîñĝš·······················⟧</translation>
        </message>
        <message>
            <source>Show voices for &amp;all languages</source>
            <translation>⟦Šĥöŵ ṽöîçéš ƒöŕ &amp;àĺĺ ĺàñĝûàĝéš············⟧</translation>
        </message>
        <message>
            <source>Speaking rate</source>
            <translation>⟦Šþéàķîñĝ ŕàţé······⟧</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>⟦Šýšţéɱ đéƒàûĺţ······⟧</translation>
        </message>
        <message>
            <source>The &amp;last few seconds of a hold</source>
            <translation>⟦Ţĥé &amp;ĺàšţ ƒéŵ šéçöñđš öƒ à ĥöĺđ·············⟧</translation>
        </message>
        <message>
            <source>V&amp;oice:</source>
            <translation>⟦Ṽ&amp;öîçé:···⟧</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>⟦Ṽöîçé··⟧</translation>
        </message>
        <message>
            <source>Voice vol&amp;ume:</source>
            <translation>⟦Ṽöîçé ṽöĺ&amp;ûɱé:······⟧</translation>
        </message>
        <message>
            <source>Voice volume</source>
            <translation>⟦Ṽöîçé ṽöĺûɱé·····⟧</translation>
        </message>
    </context>
    <context>
        <name>SpeechReasons</name>
        <message>
            <source>On Linux, install speech-dispatcher (sudo apt install speech-dispatcher espeak-ng).</source>
            <translation>⟦Öñ Ĺîñûẋ, îñšţàĺĺ šþééçĥ-đîšþàţçĥéŕ (šûđö àþţ îñšţàĺĺ šþééçĥ-đîšþàţçĥéŕ éšþéàķ-ñĝ).··································⟧</translation>
        </message>
        <message>
            <source>The voice is off: Qt's text-to-speech support could not be loaded (%1).</source>
            <translation>⟦Ţĥé ṽöîçé îš öƒƒ: Ǫţ'š ţéẋţ-ţö-šþééçĥ šûþþöŕţ çöûĺđ ñöţ ƀé ĺöàđéđ (%1).·····························⟧</translation>
        </message>
        <message>
            <source>The voice is off: no text-to-speech engine is installed.</source>
            <translation>⟦Ţĥé ṽöîçé îš öƒƒ: ñö ţéẋţ-ţö-šþééçĥ éñĝîñé îš îñšţàĺĺéđ.·······················⟧</translation>
        </message>
        <message>
            <source>The voice is off: the speech engine '%1' could not start (%2).</source>
            <translation>⟦Ţĥé ṽöîçé îš öƒƒ: ţĥé šþééçĥ éñĝîñé '%1' çöûĺđ ñöţ šţàŕţ (%2).·························⟧</translation>
        </message>
        <message>
            <source>The voice is off: the speech engine '%1' is not installed.</source>
            <translation>⟦Ţĥé ṽöîçé îš öƒƒ: ţĥé šþééçĥ éñĝîñé '%1' îš ñöţ îñšţàĺĺéđ.························⟧</translation>
        </message>
        <message>
            <source>it gave no reason</source>
            <translation>⟦îţ ĝàṽé ñö ŕéàšöñ·······⟧</translation>
        </message>
        <message>
            <source>the locale %1 is not installed on this system, so the voice starts under C.UTF-8</source>
            <translation>⟦ţĥé ĺöçàĺé %1 îš ñöţ îñšţàĺĺéđ öñ ţĥîš šýšţéɱ, šö ţĥé ṽöîçé šţàŕţš ûñđéŕ Ç.ÛŢƑ-8································⟧</translation>
        </message>
    </context>
    <context>
        <name>StatusWords</name>
        <message>
            <source>%1, key %2</source>
            <comment>a choice, then its key</comment>
            <translation>⟦%1, ķéý %2····⟧</translation>
        </message>
        <message>
            <source>%1; or %2</source>
            <comment>one choice or another</comment>
            <translation>⟦%1; öŕ %2····⟧</translation>
        </message>
        <message>
            <source>Flow with your breath for %1, %2.</source>
            <translation>⟦Ƒĺöŵ ŵîţĥ ýöûŕ ƀŕéàţĥ ƒöŕ %1, %2.··············⟧</translation>
        </message>
        <message>
            <source>Flow with your breath for %1.</source>
            <translation>⟦Ƒĺöŵ ŵîţĥ ýöûŕ ƀŕéàţĥ ƒöŕ %1.············⟧</translation>
        </message>
        <message>
            <source>Get into position: %1.</source>
            <translation>⟦Ĝéţ îñţö þöšîţîöñ: %1.·········⟧</translation>
        </message>
        <message>
            <source>Going on.</source>
            <translation>⟦Ĝöîñĝ öñ.····⟧</translation>
        </message>
        <message>
            <source>Hold for %1, %2.</source>
            <comment>a length, then a side: 'Hold for 30 seconds, left leg.'</comment>
            <translation>⟦Ĥöĺđ ƒöŕ %1, %2.·······⟧</translation>
        </message>
        <message>
            <source>Hold for %1.</source>
            <translation>⟦Ĥöĺđ ƒöŕ %1.·····⟧</translation>
        </message>
        <message>
            <source>Next up: %1.</source>
            <translation>⟦Ñéẋţ ûþ: %1.·····⟧</translation>
        </message>
        <message>
            <source>Paused while the computer was asleep. Press Space to go on.</source>
            <translation>⟦Þàûšéđ ŵĥîĺé ţĥé çöɱþûţéŕ ŵàš àšĺééþ. Þŕéšš Šþàçé ţö ĝö öñ.························⟧</translation>
        </message>
        <message>
            <source>Paused. Press Space to go on.</source>
            <translation>⟦Þàûšéđ. Þŕéšš Šþàçé ţö ĝö öñ.············⟧</translation>
        </message>
        <message>
            <source>Release slowly.</source>
            <translation>⟦Řéĺéàšé šĺöŵĺý.······⟧</translation>
        </message>
        <message>
            <source>Switch sides.</source>
            <translation>⟦Šŵîţçĥ šîđéš.······⟧</translation>
        </message>
        <message>
            <source>Switch sides: %1.</source>
            <translation>⟦Šŵîţçĥ šîđéš: %1.·······⟧</translation>
        </message>
        <message>
            <source>The stretch is stopped. Choose: %1.</source>
            <translation>⟦Ţĥé šţŕéţçĥ îš šţöþþéđ. Çĥööšé: %1.··············⟧</translation>
        </message>
        <message>
            <source>Warm up: %1, %2.</source>
            <comment>a stretch, then its length: 'Warm up: marching, 4:00.'</comment>
            <translation>⟦Ŵàŕɱ ûþ: %1, %2.·······⟧</translation>
        </message>
    </context>
    <context>
        <name>StepDetails</name>
        <message>
            <source> s</source>
            <comment>after a number of seconds</comment>
            <translation>⟦ š·⟧</translation>
        </message>
        <message>
            <source>%1 follows the breath; it has no hold to set.</source>
            <comment>a stretch's name</comment>
            <translation>⟦%1 ƒöĺĺöŵš ţĥé ƀŕéàţĥ; îţ ĥàš ñö ĥöĺđ ţö šéţ.··················⟧</translation>
        </message>
        <message>
            <source>%1 to %2 s for this stretch; %3 to %4 s is a good hold.</source>
            <translation>⟦%1 ţö %2 š ƒöŕ ţĥîš šţŕéţçĥ; %3 ţö %4 š îš à ĝööđ ĥöĺđ.······················⟧</translation>
        </message>
        <message>
            <source>&amp;Hold</source>
            <translation>⟦&amp;Ĥöĺđ··⟧</translation>
        </message>
        <message>
            <source>&amp;Repetitions</source>
            <translation>⟦&amp;Řéþéţîţîöñš·····⟧</translation>
        </message>
        <message>
            <source>Choose a step to change it.</source>
            <translation>⟦Çĥööšé à šţéþ ţö çĥàñĝé îţ.···········⟧</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>⟦Ĥöĺđ··⟧</translation>
        </message>
        <message>
            <source>Repetitions</source>
            <translation>⟦Řéþéţîţîöñš·····⟧</translation>
        </message>
        <message>
            <source>S&amp;ides</source>
            <translation>⟦Š&amp;îđéš···⟧</translation>
        </message>
        <message>
            <source>Sides</source>
            <translation>⟦Šîđéš··⟧</translation>
        </message>
    </context>
    <context>
        <name>StepList</name>
        <message>
            <source>Steps</source>
            <translation>⟦Šţéþš··⟧</translation>
        </message>
    </context>
    <context>
        <name>StepSides</name>
        <message>
            <source>Left only</source>
            <translation>⟦Ĺéƒţ öñĺý····⟧</translation>
        </message>
        <message>
            <source>Left, then right</source>
            <translation>⟦Ĺéƒţ, ţĥéñ ŕîĝĥţ·······⟧</translation>
        </message>
        <message>
            <source>Right only</source>
            <translation>⟦Řîĝĥţ öñĺý····⟧</translation>
        </message>
        <message>
            <source>Right, then left</source>
            <translation>⟦Řîĝĥţ, ţĥéñ ĺéƒţ·······⟧</translation>
        </message>
    </context>
    <context>
        <name>StretchActions</name>
        <message>
            <source>%1 is used by %2, so it was not deleted. Take it out of those routines first.</source>
            <comment>a stretch's name, then the names of routines</comment>
            <translation>⟦%1 îš ûšéđ ƀý %2, šö îţ ŵàš ñöţ đéĺéţéđ. Ţàķé îţ öûţ öƒ ţĥöšé ŕöûţîñéš ƒîŕšţ.·······························⟧</translation>
        </message>
        <message>
            <source>%1 was not deleted:
%2</source>
            <comment>a stretch's name, then why</comment>
            <translation>⟦%1 ŵàš ñöţ đéĺéţéđ:
%2·········⟧</translation>
        </message>
        <message>
            <source>Change the chosen stretch of yours</source>
            <translation>⟦Çĥàñĝé ţĥé çĥöšéñ šţŕéţçĥ öƒ ýöûŕš··············⟧</translation>
        </message>
        <message>
            <source>Delete stretch</source>
            <translation>⟦Đéĺéţé šţŕéţçĥ······⟧</translation>
        </message>
        <message>
            <source>Delete the chosen stretch of yours</source>
            <translation>⟦Đéĺéţé ţĥé çĥöšéñ šţŕéţçĥ öƒ ýöûŕš··············⟧</translation>
        </message>
        <message>
            <source>Delete your stretch %1?</source>
            <translation>⟦Đéĺéţé ýöûŕ šţŕéţçĥ %1?··········⟧</translation>
        </message>
        <message>
            <source>Dup&amp;licate stretch…</source>
            <translation>⟦Đûþ&amp;ĺîçàţé šţŕéţçĥ…········⟧</translation>
        </message>
        <message>
            <source>Edi&amp;t stretch…</source>
            <translation>⟦Éđî&amp;ţ šţŕéţçĥ…······⟧</translation>
        </message>
        <message>
            <source>Make a copy of the chosen stretch to change</source>
            <translation>⟦Ṁàķé à çöþý öƒ ţĥé çĥöšéñ šţŕéţçĥ ţö çĥàñĝé··················⟧</translation>
        </message>
        <message>
            <source>Make a stretch of your own</source>
            <translation>⟦Ṁàķé à šţŕéţçĥ öƒ ýöûŕ öŵñ···········⟧</translation>
        </message>
        <message>
            <source>New stret&amp;ch…</source>
            <translation>⟦Ñéŵ šţŕéţ&amp;çĥ…······⟧</translation>
        </message>
    </context>
    <context>
        <name>StretchChecks</name>
        <message>
            <source>A flow has %1 to %2 breaths, each way %3 to %4 seconds.</source>
            <translation>⟦À ƒĺöŵ ĥàš %1 ţö %2 ƀŕéàţĥš, éàçĥ ŵàý %3 ţö %4 šéçöñđš.······················⟧</translation>
        </message>
        <message>
            <source>A flow has between %1 and %2 breaths, not %3.</source>
            <translation>⟦À ƒĺöŵ ĥàš ƀéţŵééñ %1 àñđ %2 ƀŕéàţĥš, ñöţ %3.··················⟧</translation>
        </message>
        <message>
            <source>A stretch has at most %1 cautions, not %2.</source>
            <translation>⟦À šţŕéţçĥ ĥàš àţ ɱöšţ %1 çàûţîöñš, ñöţ %2.·················⟧</translation>
        </message>
        <message>
            <source>A stretch has at most %1 cues, not %2.</source>
            <translation>⟦À šţŕéţçĥ ĥàš àţ ɱöšţ %1 çûéš, ñöţ %2.················⟧</translation>
        </message>
        <message>
            <source>A stretch has at most %1 setup steps, not %2.</source>
            <translation>⟦À šţŕéţçĥ ĥàš àţ ɱöšţ %1 šéţûþ šţéþš, ñöţ %2.··················⟧</translation>
        </message>
        <message>
            <source>Add at least one caution.</source>
            <translation>⟦Àđđ àţ ĺéàšţ öñé çàûţîöñ.··········⟧</translation>
        </message>
        <message>
            <source>Add at least one cue.</source>
            <translation>⟦Àđđ àţ ĺéàšţ öñé çûé.·········⟧</translation>
        </message>
        <message>
            <source>Add at least one setup step.</source>
            <translation>⟦Àđđ àţ ĺéàšţ öñé šéţûþ šţéþ.············⟧</translation>
        </message>
        <message numerus="yes">
            <source>An illustration has at most %n picture(s).</source>
            <translation>
                <numerusform>⟦Àñ îĺĺûšţŕàţîöñ ĥàš àţ ɱöšţ %n þîçţûŕé.················⟧</numerusform>
                <numerusform>⟦Àñ îĺĺûšţŕàţîöñ ĥàš àţ ɱöšţ %n þîçţûŕéš.················⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>An illustration's pictures must all be of one figure.</source>
            <translation>⟦Àñ îĺĺûšţŕàţîöñ'š þîçţûŕéš ɱûšţ àĺĺ ƀé öƒ öñé ƒîĝûŕé.······················⟧</translation>
        </message>
        <message>
            <source>Breathing in takes between %1 and %2 seconds, not %3.</source>
            <translation>⟦ßŕéàţĥîñĝ îñ ţàķéš ƀéţŵééñ %1 àñđ %2 šéçöñđš, ñöţ %3.······················⟧</translation>
        </message>
        <message>
            <source>Breathing out takes between %1 and %2 seconds, not %3.</source>
            <translation>⟦ßŕéàţĥîñĝ öûţ ţàķéš ƀéţŵééñ %1 àñđ %2 šéçöñđš, ñöţ %3.······················⟧</translation>
        </message>
        <message>
            <source>Choose an illustration.</source>
            <translation>⟦Çĥööšé àñ îĺĺûšţŕàţîöñ.··········⟧</translation>
        </message>
        <message>
            <source>Choose at least one area the stretch is for.</source>
            <translation>⟦Çĥööšé àţ ĺéàšţ öñé àŕéà ţĥé šţŕéţçĥ îš ƒöŕ.··················⟧</translation>
        </message>
        <message>
            <source>Give the stretch a name.</source>
            <translation>⟦Ĝîṽé ţĥé šţŕéţçĥ à ñàɱé.··········⟧</translation>
        </message>
        <message>
            <source>Say how to breathe during it.</source>
            <translation>⟦Šàý ĥöŵ ţö ƀŕéàţĥé đûŕîñĝ îţ.············⟧</translation>
        </message>
        <message>
            <source>Say what the stretch should feel like.</source>
            <translation>⟦Šàý ŵĥàţ ţĥé šţŕéţçĥ šĥöûĺđ ƒééĺ ĺîķé.················⟧</translation>
        </message>
        <message>
            <source>Say why it helps.</source>
            <translation>⟦Šàý ŵĥý îţ ĥéĺþš.·······⟧</translation>
        </message>
        <message>
            <source>Supple has no picture named “%1”; choose one of its illustrations.</source>
            <translation>⟦Šûþþĺé ĥàš ñö þîçţûŕé ñàɱéđ “%1”; çĥööšé öñé öƒ îţš îĺĺûšţŕàţîöñš.···························⟧</translation>
        </message>
        <message>
            <source>The activity's longest time must be between %1 and %2 seconds, not %3.</source>
            <translation>⟦Ţĥé àçţîṽîţý'š ĺöñĝéšţ ţîɱé ɱûšţ ƀé ƀéţŵééñ %1 àñđ %2 šéçöñđš, ñöţ %3.····························⟧</translation>
        </message>
        <message>
            <source>The activity's shortest time must be between %1 and %2 seconds, not %3.</source>
            <translation>⟦Ţĥé àçţîṽîţý'š šĥöŕţéšţ ţîɱé ɱûšţ ƀé ƀéţŵééñ %1 àñđ %2 šéçöñđš, ñöţ %3.·····························⟧</translation>
        </message>
        <message>
            <source>The activity's usual time must be between %1 and %2 seconds, not %3.</source>
            <translation>⟦Ţĥé àçţîṽîţý'š ûšûàĺ ţîɱé ɱûšţ ƀé ƀéţŵééñ %1 àñđ %2 šéçöñđš, ñöţ %3.····························⟧</translation>
        </message>
        <message>
            <source>The caution on line %1 is empty.</source>
            <translation>⟦Ţĥé çàûţîöñ öñ ĺîñé %1 îš éɱþţý.·············⟧</translation>
        </message>
        <message>
            <source>The caution on line %1 is longer than %2 characters.</source>
            <translation>⟦Ţĥé çàûţîöñ öñ ĺîñé %1 îš ĺöñĝéŕ ţĥàñ %2 çĥàŕàçţéŕš.·····················⟧</translation>
        </message>
        <message>
            <source>The cue on line %1 is empty.</source>
            <translation>⟦Ţĥé çûé öñ ĺîñé %1 îš éɱþţý.············⟧</translation>
        </message>
        <message>
            <source>The cue on line %1 is longer than %2 characters.</source>
            <translation>⟦Ţĥé çûé öñ ĺîñé %1 îš ĺöñĝéŕ ţĥàñ %2 çĥàŕàçţéŕš.····················⟧</translation>
        </message>
        <message>
            <source>The hold's longest time must be between %1 and %2 seconds, not %3.</source>
            <translation>⟦Ţĥé ĥöĺđ'š ĺöñĝéšţ ţîɱé ɱûšţ ƀé ƀéţŵééñ %1 àñđ %2 šéçöñđš, ñöţ %3.···························⟧</translation>
        </message>
        <message>
            <source>The hold's shortest time must be between %1 and %2 seconds, not %3.</source>
            <translation>⟦Ţĥé ĥöĺđ'š šĥöŕţéšţ ţîɱé ɱûšţ ƀé ƀéţŵééñ %1 àñđ %2 šéçöñđš, ñöţ %3.···························⟧</translation>
        </message>
        <message>
            <source>The hold's usual time must be between %1 and %2 seconds, not %3.</source>
            <translation>⟦Ţĥé ĥöĺđ'š ûšûàĺ ţîɱé ɱûšţ ƀé ƀéţŵééñ %1 àñđ %2 šéçöñđš, ñöţ %3.··························⟧</translation>
        </message>
        <message>
            <source>The setup step on line %1 is empty.</source>
            <translation>⟦Ţĥé šéţûþ šţéþ öñ ĺîñé %1 îš éɱþţý.··············⟧</translation>
        </message>
        <message>
            <source>The setup step on line %1 is longer than %2 characters.</source>
            <translation>⟦Ţĥé šéţûþ šţéþ öñ ĺîñé %1 îš ĺöñĝéŕ ţĥàñ %2 çĥàŕàçţéŕš.······················⟧</translation>
        </message>
        <message>
            <source>The usual time, %1 seconds, must lie between the shortest (%2) and the longest (%3).</source>
            <translation>⟦Ţĥé ûšûàĺ ţîɱé, %1 šéçöñđš, ɱûšţ ĺîé ƀéţŵééñ ţĥé šĥöŕţéšţ (%2) àñđ ţĥé ĺöñĝéšţ (%3).··································⟧</translation>
        </message>
        <message>
            <source>“%1…” is longer than %2 characters.</source>
            <comment>the start of a text, then a number</comment>
            <translation>⟦“%1…” îš ĺöñĝéŕ ţĥàñ %2 çĥàŕàçţéŕš.··············⟧</translation>
        </message>
    </context>
    <context>
        <name>StretchEditor</name>
        <message>
            <source>&amp;Save</source>
            <translation>⟦&amp;Šàṽé··⟧</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>⟦Çàñçéĺ···⟧</translation>
        </message>
        <message>
            <source>Close without saving (Escape)</source>
            <translation>⟦Çĺöšé ŵîţĥöûţ šàṽîñĝ (Éšçàþé)············⟧</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <comment>a stretch's name</comment>
            <translation>⟦Éđîţ %1···⟧</translation>
        </message>
        <message>
            <source>New stretch</source>
            <translation>⟦Ñéŵ šţŕéţçĥ·····⟧</translation>
        </message>
        <message>
            <source>Not saved:
%1</source>
            <translation>⟦Ñöţ šàṽéđ:
%1······⟧</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>⟦Ñöţ šàṽéđ: %1······⟧</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>⟦Řéđö··⟧</translation>
        </message>
        <message>
            <source>Redo what was undone (Ctrl+Shift+Z)</source>
            <translation>⟦Řéđö ŵĥàţ ŵàš ûñđöñé (Çţŕĺ+Šĥîƒţ+Ž)··············⟧</translation>
        </message>
        <message>
            <source>Save the stretch (Ctrl+S)</source>
            <translation>⟦Šàṽé ţĥé šţŕéţçĥ (Çţŕĺ+Š)··········⟧</translation>
        </message>
        <message>
            <source>Save your changes to %1 before closing?</source>
            <comment>a stretch's name</comment>
            <translation>⟦Šàṽé ýöûŕ çĥàñĝéš ţö %1 ƀéƒöŕé çĺöšîñĝ?················⟧</translation>
        </message>
        <message>
            <source>Save your changes to this stretch before closing?</source>
            <translation>⟦Šàṽé ýöûŕ çĥàñĝéš ţö ţĥîš šţŕéţçĥ ƀéƒöŕé çĺöšîñĝ?····················⟧</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>⟦Ûñđö··⟧</translation>
        </message>
        <message>
            <source>Undo the last change (Ctrl+Z)</source>
            <translation>⟦Ûñđö ţĥé ĺàšţ çĥàñĝé (Çţŕĺ+Ž)············⟧</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>⟦Ûñšàṽéđ çĥàñĝéš······⟧</translation>
        </message>
    </context>
    <context>
        <name>StretchFields</name>
        <message>
            <source>Activity: timed, like a warm-up</source>
            <translation>⟦Àçţîṽîţý: ţîɱéđ, ĺîķé à ŵàŕɱ-ûþ·············⟧</translation>
        </message>
        <message>
            <source>All fours</source>
            <translation>⟦Àĺĺ ƒöûŕš····⟧</translation>
        </message>
        <message>
            <source>Flow: movement with the breath</source>
            <translation>⟦Ƒĺöŵ: ɱöṽéɱéñţ ŵîţĥ ţĥé ƀŕéàţĥ············⟧</translation>
        </message>
        <message>
            <source>Glutes</source>
            <translation>⟦Ĝĺûţéš···⟧</translation>
        </message>
        <message>
            <source>Hips</source>
            <translation>⟦Ĥîþš··⟧</translation>
        </message>
        <message>
            <source>Hold: a still, timed stretch</source>
            <translation>⟦Ĥöĺđ: à šţîĺĺ, ţîɱéđ šţŕéţçĥ············⟧</translation>
        </message>
        <message>
            <source>Kneeling</source>
            <translation>⟦Ķñééĺîñĝ····⟧</translation>
        </message>
        <message>
            <source>Lower back</source>
            <translation>⟦Ĺöŵéŕ ƀàçķ····⟧</translation>
        </message>
        <message>
            <source>Lying on back</source>
            <translation>⟦Ĺýîñĝ öñ ƀàçķ······⟧</translation>
        </message>
        <message>
            <source>Piriformis</source>
            <translation>⟦Þîŕîƒöŕɱîš····⟧</translation>
        </message>
        <message>
            <source>Seated</source>
            <translation>⟦Šéàţéđ···⟧</translation>
        </message>
        <message>
            <source>Spine</source>
            <translation>⟦Šþîñé··⟧</translation>
        </message>
        <message>
            <source>Standing</source>
            <translation>⟦Šţàñđîñĝ····⟧</translation>
        </message>
        <message>
            <source>Thighs</source>
            <translation>⟦Ţĥîĝĥš···⟧</translation>
        </message>
        <message>
            <source>Whole body</source>
            <translation>⟦Ŵĥöĺé ƀöđý····⟧</translation>
        </message>
    </context>
    <context>
        <name>StretchForm</name>
        <message>
            <source> breaths</source>
            <comment>after the number of breaths in a box</comment>
            <translation>⟦ ƀŕéàţĥš····⟧</translation>
        </message>
        <message>
            <source> s</source>
            <comment>after a number of seconds in a box</comment>
            <translation>⟦ š·⟧</translation>
        </message>
        <message>
            <source>%1, then %2</source>
            <comment>a one-sided stretch's sides in turn: 'Left leg, then right leg'</comment>
            <translation>⟦%1, ţĥéñ %2·····⟧</translation>
        </message>
        <message>
            <source>&amp;Breaths</source>
            <translation>⟦&amp;ßŕéàţĥš····⟧</translation>
        </message>
        <message>
            <source>&amp;Cues while holding</source>
            <translation>⟦&amp;Çûéš ŵĥîĺé ĥöĺđîñĝ········⟧</translation>
        </message>
        <message>
            <source>&amp;Feel</source>
            <translation>⟦&amp;Ƒééĺ··⟧</translation>
        </message>
        <message>
            <source>&amp;Illustration: the held position</source>
            <translation>⟦&amp;Îĺĺûšţŕàţîöñ: ţĥé ĥéĺđ þöšîţîöñ·············⟧</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>⟦&amp;Ķîñđ··⟧</translation>
        </message>
        <message>
            <source>&amp;Longest</source>
            <translation>⟦&amp;Ĺöñĝéšţ····⟧</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>⟦&amp;Ñàɱé··⟧</translation>
        </message>
        <message>
            <source>&amp;One side at a time (left, then right)</source>
            <translation>⟦&amp;Öñé šîđé àţ à ţîɱé (ĺéƒţ, ţĥéñ ŕîĝĥţ)················⟧</translation>
        </message>
        <message>
            <source>&amp;Position</source>
            <translation>⟦&amp;Þöšîţîöñ····⟧</translation>
        </message>
        <message>
            <source>&amp;Usual</source>
            <translation>⟦&amp;Ûšûàĺ···⟧</translation>
        </message>
        <message>
            <source>&amp;Why it helps</source>
            <translation>⟦&amp;Ŵĥý îţ ĥéĺþš······⟧</translation>
        </message>
        <message>
            <source>Activity, in seconds</source>
            <translation>⟦Àçţîṽîţý, îñ šéçöñđš········⟧</translation>
        </message>
        <message>
            <source>Add the caution at the end (Enter)</source>
            <translation>⟦Àđđ ţĥé çàûţîöñ àţ ţĥé éñđ (Éñţéŕ)··············⟧</translation>
        </message>
        <message>
            <source>Add the cue at the end (Enter)</source>
            <translation>⟦Àđđ ţĥé çûé àţ ţĥé éñđ (Éñţéŕ)············⟧</translation>
        </message>
        <message>
            <source>Add the setup step at the end (Enter)</source>
            <translation>⟦Àđđ ţĥé šéţûþ šţéþ àţ ţĥé éñđ (Éñţéŕ)···············⟧</translation>
        </message>
        <message>
            <source>Areas it is for</source>
            <translation>⟦Àŕéàš îţ îš ƒöŕ······⟧</translation>
        </message>
        <message>
            <source>B&amp;reathing</source>
            <translation>⟦ß&amp;ŕéàţĥîñĝ····⟧</translation>
        </message>
        <message>
            <source>Breathe in</source>
            <translation>⟦ßŕéàţĥé îñ····⟧</translation>
        </message>
        <message>
            <source>Breathe out</source>
            <translation>⟦ßŕéàţĥé öûţ·····⟧</translation>
        </message>
        <message>
            <source>Breathing</source>
            <translation>⟦ßŕéàţĥîñĝ····⟧</translation>
        </message>
        <message>
            <source>Breathing pace</source>
            <translation>⟦ßŕéàţĥîñĝ þàçé······⟧</translation>
        </message>
        <message>
            <source>Breaths</source>
            <translation>⟦ßŕéàţĥš···⟧</translation>
        </message>
        <message>
            <source>C&amp;autions</source>
            <translation>⟦Ç&amp;àûţîöñš····⟧</translation>
        </message>
        <message>
            <source>Cautions</source>
            <translation>⟦Çàûţîöñš····⟧</translation>
        </message>
        <message>
            <source>Change one side at a time</source>
            <translation>⟦Çĥàñĝé öñé šîđé àţ à ţîɱé··········⟧</translation>
        </message>
        <message>
            <source>Change the areas</source>
            <translation>⟦Çĥàñĝé ţĥé àŕéàš·······⟧</translation>
        </message>
        <message>
            <source>Change the breathing</source>
            <translation>⟦Çĥàñĝé ţĥé ƀŕéàţĥîñĝ········⟧</translation>
        </message>
        <message>
            <source>Change the breathing pace</source>
            <translation>⟦Çĥàñĝé ţĥé ƀŕéàţĥîñĝ þàçé··········⟧</translation>
        </message>
        <message>
            <source>Change the cautions</source>
            <translation>⟦Çĥàñĝé ţĥé çàûţîöñš········⟧</translation>
        </message>
        <message>
            <source>Change the cues</source>
            <translation>⟦Çĥàñĝé ţĥé çûéš······⟧</translation>
        </message>
        <message>
            <source>Change the feel</source>
            <translation>⟦Çĥàñĝé ţĥé ƒééĺ······⟧</translation>
        </message>
        <message>
            <source>Change the kind</source>
            <translation>⟦Çĥàñĝé ţĥé ķîñđ······⟧</translation>
        </message>
        <message>
            <source>Change the name</source>
            <translation>⟦Çĥàñĝé ţĥé ñàɱé······⟧</translation>
        </message>
        <message>
            <source>Change the position</source>
            <translation>⟦Çĥàñĝé ţĥé þöšîţîöñ········⟧</translation>
        </message>
        <message>
            <source>Change the setup steps</source>
            <translation>⟦Çĥàñĝé ţĥé šéţûþ šţéþš·········⟧</translation>
        </message>
        <message>
            <source>Change the sides</source>
            <translation>⟦Çĥàñĝé ţĥé šîđéš·······⟧</translation>
        </message>
        <message>
            <source>Change why it helps</source>
            <translation>⟦Çĥàñĝé ŵĥý îţ ĥéĺþš········⟧</translation>
        </message>
        <message>
            <source>Choose the illustration</source>
            <translation>⟦Çĥööšé ţĥé îĺĺûšţŕàţîöñ··········⟧</translation>
        </message>
        <message>
            <source>Cues</source>
            <translation>⟦Çûéš··⟧</translation>
        </message>
        <message>
            <source>Each between %1 and %2 seconds.</source>
            <translation>⟦Éàçĥ ƀéţŵééñ %1 àñđ %2 šéçöñđš.·············⟧</translation>
        </message>
        <message>
            <source>Each between %1 and %2 seconds; %3 to %4 is a good hold.</source>
            <translation>⟦Éàçĥ ƀéţŵééñ %1 àñđ %2 šéçöñđš; %3 ţö %4 îš à ĝööđ ĥöĺđ.·······················⟧</translation>
        </message>
        <message>
            <source>Feel</source>
            <translation>⟦Ƒééĺ··⟧</translation>
        </message>
        <message>
            <source>Hold, in seconds</source>
            <translation>⟦Ĥöĺđ, îñ šéçöñđš·······⟧</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>⟦Ķîñđ··⟧</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>⟦Ñàɱé··⟧</translation>
        </message>
        <message>
            <source>New caution</source>
            <translation>⟦Ñéŵ çàûţîöñ·····⟧</translation>
        </message>
        <message>
            <source>New cue</source>
            <translation>⟦Ñéŵ çûé···⟧</translation>
        </message>
        <message>
            <source>New setup step</source>
            <translation>⟦Ñéŵ šéţûþ šţéþ······⟧</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>⟦Þöšîţîöñ····⟧</translation>
        </message>
        <message>
            <source>Remove the chosen caution (Delete)</source>
            <translation>⟦Řéɱöṽé ţĥé çĥöšéñ çàûţîöñ (Đéĺéţé)··············⟧</translation>
        </message>
        <message>
            <source>Remove the chosen cue (Delete)</source>
            <translation>⟦Řéɱöṽé ţĥé çĥöšéñ çûé (Đéĺéţé)············⟧</translation>
        </message>
        <message>
            <source>Remove the chosen setup step (Delete)</source>
            <translation>⟦Řéɱöṽé ţĥé çĥöšéñ šéţûþ šţéþ (Đéĺéţé)···············⟧</translation>
        </message>
        <message>
            <source>S&amp;etup steps, in order</source>
            <translation>⟦Š&amp;éţûþ šţéþš, îñ öŕđéŕ·········⟧</translation>
        </message>
        <message>
            <source>S&amp;hortest</source>
            <translation>⟦Š&amp;ĥöŕţéšţ····⟧</translation>
        </message>
        <message>
            <source>Set the longest time to %1 s</source>
            <translation>⟦Šéţ ţĥé ĺöñĝéšţ ţîɱé ţö %1 š············⟧</translation>
        </message>
        <message>
            <source>Set the shortest time to %1 s</source>
            <translation>⟦Šéţ ţĥé šĥöŕţéšţ ţîɱé ţö %1 š············⟧</translation>
        </message>
        <message>
            <source>Set the usual time to %1 s</source>
            <translation>⟦Šéţ ţĥé ûšûàĺ ţîɱé ţö %1 š···········⟧</translation>
        </message>
        <message>
            <source>Setup steps</source>
            <translation>⟦Šéţûþ šţéþš·····⟧</translation>
        </message>
        <message>
            <source>Si&amp;des</source>
            <translation>⟦Šî&amp;đéš···⟧</translation>
        </message>
        <message>
            <source>Sides</source>
            <translation>⟦Šîđéš··⟧</translation>
        </message>
        <message>
            <source>Type a caution, then Enter</source>
            <translation>⟦Ţýþé à çàûţîöñ, ţĥéñ Éñţéŕ···········⟧</translation>
        </message>
        <message>
            <source>Type a cue, then Enter</source>
            <translation>⟦Ţýþé à çûé, ţĥéñ Éñţéŕ·········⟧</translation>
        </message>
        <message>
            <source>Type a setup step, then Enter</source>
            <translation>⟦Ţýþé à šéţûþ šţéþ, ţĥéñ Éñţéŕ············⟧</translation>
        </message>
        <message>
            <source>Why it helps</source>
            <translation>⟦Ŵĥý îţ ĥéĺþš·····⟧</translation>
        </message>
    </context>
    <context>
        <name>StretchPicker</name>
        <message>
            <source>%1 (yours)</source>
            <comment>a stretch of the person's own, in the list</comment>
            <translation>⟦%1 (ýöûŕš)····⟧</translation>
        </message>
        <message>
            <source>Find a stretch</source>
            <translation>⟦Ƒîñđ à šţŕéţçĥ······⟧</translation>
        </message>
        <message>
            <source>Stretches to add</source>
            <translation>⟦Šţŕéţçĥéš ţö àđđ·······⟧</translation>
        </message>
    </context>
    <context>
        <name>Suggest</name>
        <message>
            <source>%1 (%2)</source>
            <comment>a routine's name, then its length: 'Desk break (5 min)'</comment>
            <translation>⟦%1 (%2)···⟧</translation>
        </message>
    </context>
    <context>
        <name>Supple</name>
        <message>
            <source>There is no routine called '%1'.</source>
            <translation>⟦Ţĥéŕé îš ñö ŕöûţîñé çàĺĺéđ '%1'.·············⟧</translation>
        </message>
        <message>
            <source>Your routine goes on here. Click the icon to bring the window back.</source>
            <translation>⟦Ýöûŕ ŕöûţîñé ĝöéš öñ ĥéŕé. Çĺîçķ ţĥé îçöñ ţö ƀŕîñĝ ţĥé ŵîñđöŵ ƀàçķ.···························⟧</translation>
        </message>
    </context>
    <context>
        <name>TextListEdit</name>
        <message>
            <source>Add</source>
            <translation>⟦Àđđ··⟧</translation>
        </message>
        <message>
            <source>F2 edits a line, Alt+Up and Alt+Down move it, Delete removes it</source>
            <translation>⟦Ƒ2 éđîţš à ĺîñé, Àĺţ+Ûþ àñđ Àĺţ+Đöŵñ ɱöṽé îţ, Đéĺéţé ŕéɱöṽéš îţ··························⟧</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>⟦Řéɱöṽé···⟧</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Hide Supple</source>
            <translation>⟦Ĥîđé Šûþþĺé·····⟧</translation>
        </message>
        <message>
            <source>Show Supple</source>
            <translation>⟦Šĥöŵ Šûþþĺé·····⟧</translation>
        </message>
    </context>
    <context>
        <name>TrayMenu</name>
        <message>
            <source>&amp;Bring the mini timer forward</source>
            <translation>⟦&amp;ßŕîñĝ ţĥé ɱîñî ţîɱéŕ ƒöŕŵàŕđ············⟧</translation>
        </message>
        <message>
            <source>Pause reminders for 1 hour</source>
            <translation>⟦Þàûšé ŕéɱîñđéŕš ƒöŕ 1 ĥöûŕ···········⟧</translation>
        </message>
        <message>
            <source>Pause reminders until tomorrow</source>
            <translation>⟦Þàûšé ŕéɱîñđéŕš ûñţîĺ ţöɱöŕŕöŵ············⟧</translation>
        </message>
        <message>
            <source>Quit Supple</source>
            <translation>⟦Ǫûîţ Šûþþĺé·····⟧</translation>
        </message>
        <message numerus="yes">
            <source>Remind me in %n min</source>
            <translation>
                <numerusform>⟦Řéɱîñđ ɱé îñ %n ɱîñ········⟧</numerusform>
                <numerusform>⟦Řéɱîñđ ɱé îñ %n ɱîñ········⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>⟦Řéɱîñđéŕš····⟧</translation>
        </message>
        <message>
            <source>Resume reminders</source>
            <translation>⟦Řéšûɱé ŕéɱîñđéŕš·······⟧</translation>
        </message>
        <message>
            <source>Show Supple</source>
            <translation>⟦Šĥöŵ Šûþþĺé·····⟧</translation>
        </message>
        <message>
            <source>Start a routine</source>
            <translation>⟦Šţàŕţ à ŕöûţîñé······⟧</translation>
        </message>
    </context>
    <context>
        <name>Trouble</name>
        <message>
            <source>Chimes and voice stopped responding, so the routine goes on silently.</source>
            <translation>⟦Çĥîɱéš àñđ ṽöîçé šţöþþéđ ŕéšþöñđîñĝ, šö ţĥé ŕöûţîñé ĝöéš öñ šîĺéñţĺý.····························⟧</translation>
        </message>
        <message>
            <source>The chimes stopped playing, so the routine goes on silently.</source>
            <translation>⟦Ţĥé çĥîɱéš šţöþþéđ þĺàýîñĝ, šö ţĥé ŕöûţîñé ĝöéš öñ šîĺéñţĺý.························⟧</translation>
        </message>
        <message>
            <source>The chimes stopped playing, so the routine goes on with the voice only.</source>
            <translation>⟦Ţĥé çĥîɱéš šţöþþéđ þĺàýîñĝ, šö ţĥé ŕöûţîñé ĝöéš öñ ŵîţĥ ţĥé ṽöîçé öñĺý.·····························⟧</translation>
        </message>
        <message>
            <source>The voice stopped responding, so the routine goes on silently.</source>
            <translation>⟦Ţĥé ṽöîçé šţöþþéđ ŕéšþöñđîñĝ, šö ţĥé ŕöûţîñé ĝöéš öñ šîĺéñţĺý.·························⟧</translation>
        </message>
        <message>
            <source>The voice stopped responding, so the routine goes on with chimes only.</source>
            <translation>⟦Ţĥé ṽöîçé šţöþþéđ ŕéšþöñđîñĝ, šö ţĥé ŕöûţîñé ĝöéš öñ ŵîţĥ çĥîɱéš öñĺý.····························⟧</translation>
        </message>
    </context>
    <context>
        <name>UserFiles</name>
        <message>
            <source>'%1' is used by %2; take it out of those routines first</source>
            <comment>%2: routines' names</comment>
            <translation>⟦'%1' îš ûšéđ ƀý %2; ţàķé îţ öûţ öƒ ţĥöšé ŕöûţîñéš ƒîŕšţ······················⟧</translation>
        </message>
        <message>
            <source>a built-in routine is never changed; save a copy</source>
            <translation>⟦à ƀûîĺţ-îñ ŕöûţîñé îš ñéṽéŕ çĥàñĝéđ; šàṽé à çöþý····················⟧</translation>
        </message>
        <message>
            <source>a built-in stretch is never changed; duplicate it</source>
            <translation>⟦à ƀûîĺţ-îñ šţŕéţçĥ îš ñéṽéŕ çĥàñĝéđ; đûþĺîçàţé îţ····················⟧</translation>
        </message>
        <message>
            <source>a built-in stretch is never deleted</source>
            <translation>⟦à ƀûîĺţ-îñ šţŕéţçĥ îš ñéṽéŕ đéĺéţéđ··············⟧</translation>
        </message>
        <message>
            <source>holds no routine '%1' to delete</source>
            <translation>⟦ĥöĺđš ñö ŕöûţîñé '%1' ţö đéĺéţé·············⟧</translation>
        </message>
        <message>
            <source>holds no stretch '%1' to delete</source>
            <translation>⟦ĥöĺđš ñö šţŕéţçĥ '%1' ţö đéĺéţé·············⟧</translation>
        </message>
        <message>
            <source>is not a catalogue</source>
            <translation>⟦îš ñöţ à çàţàĺöĝûé········⟧</translation>
        </message>
    </context>
    <context>
        <name>VoiceLanguage</name>
        <message>
            <source>English</source>
            <translation>⟦Éñĝĺîšĥ···⟧</translation>
        </message>
        <message>
            <source>French</source>
            <translation>⟦Ƒŕéñçĥ···⟧</translation>
        </message>
        <message>
            <source>German</source>
            <translation>⟦Ĝéŕɱàñ···⟧</translation>
        </message>
        <message>
            <source>No %1 voice is installed, so the voice speaks %2.</source>
            <comment>%1 and %2: languages, 'German', 'English'</comment>
            <translation>⟦Ñö %1 ṽöîçé îš îñšţàĺĺéđ, šö ţĥé ṽöîçé šþéàķš %2.····················⟧</translation>
        </message>
        <message>
            <source>No %1 voice is installed, so the voice speaks the speech engine's own language.</source>
            <comment>%1: a language, 'German'</comment>
            <translation>⟦Ñö %1 ṽöîçé îš îñšţàĺĺéđ, šö ţĥé ṽöîçé šþéàķš ţĥé šþééçĥ éñĝîñé'š öŵñ ĺàñĝûàĝé.································⟧</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>⟦Šþàñîšĥ···⟧</translation>
        </message>
    </context>
    <context>
        <name>Wording</name>
        <message>
            <source>%1 %2</source>
            <comment>minutes, then seconds: '4 minutes 55 seconds'</comment>
            <translation>⟦%1 %2··⟧</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>a stretch's name, then its side: 'Knee to chest, left leg'</comment>
            <translation>⟦%1, %2···⟧</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>⟦%n ɱîñ···⟧</numerusform>
                <numerusform>⟦%n ɱîñ···⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>⟦%n ɱîñûţé····⟧</numerusform>
                <numerusform>⟦%n ɱîñûţéš····⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>⟦%n šéçöñđ····⟧</numerusform>
                <numerusform>⟦%n šéçöñđš····⟧</numerusform>
            </translation>
        </message>
        <message>
            <source>? min</source>
            <translation>⟦? ɱîñ··⟧</translation>
        </message>
        <message>
            <source>At the desk</source>
            <translation>⟦Àţ ţĥé đéšķ·····⟧</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>⟦ßàçķ··⟧</translation>
        </message>
        <message>
            <source>Back and glutes</source>
            <translation>⟦ßàçķ àñđ ĝĺûţéš······⟧</translation>
        </message>
        <message>
            <source>Exhale</source>
            <translation>⟦Éẋĥàĺé···⟧</translation>
        </message>
        <message>
            <source>Flow with your breath</source>
            <translation>⟦Ƒĺöŵ ŵîţĥ ýöûŕ ƀŕéàţĥ·········⟧</translation>
        </message>
        <message>
            <source>Get into position</source>
            <translation>⟦Ĝéţ îñţö þöšîţîöñ·······⟧</translation>
        </message>
        <message>
            <source>Glutes</source>
            <translation>⟦Ĝĺûţéš···⟧</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>⟦Ĥöĺđ··⟧</translation>
        </message>
        <message>
            <source>Inhale</source>
            <translation>⟦Îñĥàĺé···⟧</translation>
        </message>
        <message>
            <source>Next up</source>
            <translation>⟦Ñéẋţ ûþ···⟧</translation>
        </message>
        <message>
            <source>On the floor</source>
            <translation>⟦Öñ ţĥé ƒĺööŕ·····⟧</translation>
        </message>
        <message>
            <source>Release slowly</source>
            <translation>⟦Řéĺéàšé šĺöŵĺý······⟧</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>⟦Šŵîţçĥ šîđéš·····⟧</translation>
        </message>
        <message>
            <source>Time stretching</source>
            <translation>⟦Ţîɱé šţŕéţçĥîñĝ······⟧</translation>
        </message>
        <message>
            <source>Time stretching: %1</source>
            <translation>⟦Ţîɱé šţŕéţçĥîñĝ: %1········⟧</translation>
        </message>
        <message>
            <source>Warm up</source>
            <translation>⟦Ŵàŕɱ ûþ···⟧</translation>
        </message>
    </context>
    <context>
        <name>WorkerOutput</name>
        <message>
            <source>Chimes are off: the sound system stopped responding ({why}).</source>
            <translation>⟦Çĥîɱéš àŕé öƒƒ: ţĥé šöûñđ šýšţéɱ šţöþþéđ ŕéšþöñđîñĝ ({why}).························⟧</translation>
        </message>
        <message>
            <source>The voice is off: the speech engine stopped responding ({why}).</source>
            <translation>⟦Ţĥé ṽöîçé îš öƒƒ: ţĥé šþééçĥ éñĝîñé šţöþþéđ ŕéšþöñđîñĝ ({why}).··························⟧</translation>
        </message>
    </context>
</TS>
