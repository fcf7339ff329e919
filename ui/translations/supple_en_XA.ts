<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_XA" sourcelanguage="en">
    <context>
        <name>MainForm</name>
        <message>
            <source>A small timer that stays on top of your work (M)</source>
            <translation>⟦À šɱàĺĺ ţîɱéŕ ţĥàţ šţàýš öñ ţöþ öƒ ýöûŕ ŵöŕķ (Ṁ)····················⟧</translation>
        </message>
        <message>
            <source>Back</source>
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
</TS>
