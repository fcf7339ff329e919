<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Abilities</name>
    <message>
        <source>Windows last input</source>
        <translation>registro de la última actividad de Windows</translation>
    </message>
    <message>
        <source>Windows notification state</source>
        <translation>estado de notificaciones de Windows</translation>
    </message>
    <message>
        <source>X11 full-screen window</source>
        <translation>ventana a pantalla completa de X11</translation>
    </message>
    <message>
        <source>X11 screen saver extension</source>
        <translation>extensión de salvapantallas de X11</translation>
    </message>
    <message>
        <source>an app keeping the screen awake</source>
        <translation>una aplicación que mantiene la pantalla encendida</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>no molestar</translation>
    </message>
    <message>
        <source>full screen</source>
        <translation>pantalla completa</translation>
    </message>
    <message>
        <source>macOS input events</source>
        <translation>eventos de entrada de macOS</translation>
    </message>
    <message>
        <source>screen locked</source>
        <translation>pantalla bloqueada</translation>
    </message>
</context>
<context>
    <name>Announce</name>
    <message>
        <source>%1. Get into position slowly, only as far as a light stretch.</source>
        <translation>%1. Colóquese despacio, solo hasta notar una ligera tensión.</translation>
    </message>
    <message>
        <source>%1. Get into position.</source>
        <comment>a stretch and its side, then what to do</comment>
        <translation>%1. Colóquese en posición.</translation>
    </message>
    <message>
        <source>%1. Start gently.</source>
        <comment>a warm-up&apos;s name, then how</comment>
        <translation>%1. Empiece con suavidad.</translation>
    </message>
    <message>
        <source>%1. Take it easy.</source>
        <comment>a warm-up&apos;s name, then how</comment>
        <translation>%1. Tómeselo con calma.</translation>
    </message>
    <message>
        <source>Exhale.</source>
        <translation>Suelte el aire.</translation>
    </message>
    <message>
        <source>Flow with your breath, moving only a little. %1</source>
        <comment>%1: &apos;Inhale.&apos;</comment>
        <translation>Muévase al ritmo de su respiración, solo un poco. %1</translation>
    </message>
    <message>
        <source>Flow with your breath. %1</source>
        <comment>%1: &apos;Inhale.&apos; or &apos;Exhale.&apos;</comment>
        <translation>Muévase al ritmo de su respiración. %1</translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation>Ya va por la mitad.</translation>
    </message>
    <message>
        <source>Hold gently, only to a light stretch, and ease out if it hurts. Breathe slowly.</source>
        <translation>Mantenga con suavidad, solo hasta notar una ligera tensión, y salga si le duele. Respire despacio.</translation>
    </message>
    <message>
        <source>Hold. Breathe slowly.</source>
        <translation>Mantenga. Respire despacio.</translation>
    </message>
    <message>
        <source>Inhale.</source>
        <translation>Tome aire.</translation>
    </message>
    <message>
        <source>Last few seconds.</source>
        <translation>Últimos segundos.</translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <comment>the next stretch</comment>
        <translation>A continuación: %1.</translation>
    </message>
    <message>
        <source>Release slowly. Ease out and rest.</source>
        <translation>Suelte despacio. Salga del estiramiento y descanse.</translation>
    </message>
    <message>
        <source>Release slowly. Next: %1.</source>
        <translation>Suelte despacio. A continuación: %1.</translation>
    </message>
    <message>
        <source>Routine complete. Well done.</source>
        <translation>Rutina terminada. Muy bien.</translation>
    </message>
    <message>
        <source>Switch sides, slowly, only as far as a light stretch.</source>
        <translation>Cambie de lado, despacio, solo hasta notar una ligera tensión.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Cambie de lado.</translation>
    </message>
    <message>
        <source>Switch to the %1, slowly, only as far as a light stretch.</source>
        <translation>Cambie de lado: %1, despacio, solo hasta notar una ligera tensión.</translation>
    </message>
    <message>
        <source>Switch to the %1.</source>
        <comment>a side: &apos;Switch to the right leg.&apos;</comment>
        <translation>Cambie de lado: %1.</translation>
    </message>
    <message>
        <source>Switch to the right leg. Hold, and breathe slowly.</source>
        <translation>Cambie a la pierna derecha. Mantenga y respire despacio.</translation>
    </message>
    <message>
        <source>To go on gently, with a shorter and lighter hold, press %1. To skip this stretch, press %2.</source>
        <comment>%1 and %2: keys, &apos;the space bar&apos;</comment>
        <translation>Para seguir con suavidad, con menos tiempo y menos intensidad, pulse %1. Para saltar este estiramiento, pulse %2.</translation>
    </message>
    <message>
        <source>the left arrow</source>
        <translation>la flecha izquierda</translation>
    </message>
    <message>
        <source>the right arrow</source>
        <translation>la flecha derecha</translation>
    </message>
    <message>
        <source>the space bar</source>
        <translation>la barra espaciadora</translation>
    </message>
</context>
<context>
    <name>AudioNotice</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Start the sound and voice again</source>
        <translation>Reactivar el sonido y la voz</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
</context>
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
        <comment>the chart&apos;s scale: a number of minutes</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
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
            <numerusform>%1: %n problema</numerusform>
            <numerusform>%1: %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: added %2</source>
        <translation>%1: se ha añadido %2</translation>
    </message>
    <message>
        <source>%1: added no routines</source>
        <translation>%1: no se ha añadido ninguna rutina</translation>
    </message>
    <message numerus="yes">
        <source>%1: more than %n problems; the first %n are listed</source>
        <translation>
            <numerusform>%1: más de %n problema; se muestra el primero</numerusform>
            <numerusform>%1: más de %n problemas; se muestran los %n primeros</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid (%2 stretches, %3 routines)</source>
        <translation>%1: válido (%2 estiramientos, %3 rutinas)</translation>
    </message>
    <message>
        <source>%1: written (%2); `supple import %1` adds it elsewhere</source>
        <translation>%1: escrito (%2); `supple import %1` lo añade en otro equipo</translation>
    </message>
    <message>
        <source>AREA</source>
        <translation>ZONA</translation>
    </message>
    <message>
        <source>Guided stretch breaks for your lower back and glutes.</source>
        <translation>Pausas guiadas de estiramiento para la zona lumbar y los glúteos.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>STRETCHES</source>
        <translation>ESTIRAMIENTOS</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIEMPO</translation>
    </message>
    <message>
        <source>Total: %1 (%2 s)</source>
        <translation>Total: %1 (%2 s)</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>DÓNDE</translation>
    </message>
    <message>
        <source>add Supple to your application menu (Linux)</source>
        <translation>añadir Supple al menú de aplicaciones (Linux)</translation>
    </message>
    <message>
        <source>add the routines of a shared file to your own</source>
        <translation>añadir a las suyas las rutinas de un archivo compartido</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>escritorio</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>suelo</translation>
    </message>
    <message>
        <source>list the routines</source>
        <translation>mostrar las rutinas</translation>
    </message>
    <message>
        <source>print a routine&apos;s phases with their timing</source>
        <translation>mostrar las fases de una rutina con sus tiempos</translation>
    </message>
    <message>
        <source>quit when the routine completes</source>
        <translation>salir cuando termine la rutina</translation>
    </message>
    <message>
        <source>remove what install-desktop added</source>
        <translation>quitar lo que añadió install-desktop</translation>
    </message>
    <message>
        <source>run time faster (demos, tests)</source>
        <translation>acelerar el tiempo (demostraciones, pruebas)</translation>
    </message>
    <message>
        <source>show the small always-on-top timer</source>
        <translation>mostrar el minitemporizador, siempre encima</translation>
    </message>
    <message>
        <source>start this routine at once</source>
        <translation>empezar esta rutina de inmediato</translation>
    </message>
    <message>
        <source>start with no window: only the tray icon and the stretch reminders (login uses this)</source>
        <translation>iniciar sin ventana: solo el icono de la bandeja y los recordatorios (se usa al iniciar sesión)</translation>
    </message>
    <message>
        <source>supple: %1: cannot be written: %2</source>
        <translation>supple: %1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>supple: no routine &apos;%1&apos;</source>
        <translation>supple: no existe la rutina «%1»</translation>
    </message>
    <message>
        <source>supple: no routine &apos;%1&apos;. Known routines: %2</source>
        <translation>supple: no existe la rutina «%1». Rutinas disponibles: %2</translation>
    </message>
    <message>
        <source>supple: the built-in catalogue cannot be used:
%1</source>
        <translation>supple: no se puede usar el catálogo integrado:
%1</translation>
    </message>
    <message>
        <source>the language of the words and the catalogue: en, de, fr, es (or en-XA)</source>
        <translation>el idioma de los textos y del catálogo: en, de, fr, es (o en-XA)</translation>
    </message>
    <message>
        <source>the speed must be above 0 and at most 1000</source>
        <translation>la velocidad debe ser mayor que 0 y como máximo 1000</translation>
    </message>
    <message>
        <source>validate a catalogue file, or the catalogue&apos;s translations and what they miss</source>
        <translation>validar un archivo de catálogo, o las traducciones del catálogo y lo que les falta</translation>
    </message>
    <message>
        <source>write one of your routines to a file you can share</source>
        <translation>guardar una de sus rutinas en un archivo que pueda compartir</translation>
    </message>
</context>
<context>
    <name>CliCheck</name>
    <message>
        <source>  missing: %1</source>
        <translation>  falta: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n problem(s); those texts are shown in English</source>
        <translation>
            <numerusform>%1 (%2): %n problema; ese texto se muestra en inglés</numerusform>
            <numerusform>%1 (%2): %n problemas; esos textos se muestran en inglés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): valid; %n text(s) missing, shown in English</source>
        <translation>
            <numerusform>%1 (%2): válido; falta %n texto, que se muestra en inglés</numerusform>
            <numerusform>%1 (%2): válido; faltan %n textos, que se muestran en inglés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): valid; every text is translated</source>
        <translation>%1 (%2): válido; todos los textos están traducidos</translation>
    </message>
    <message>
        <source>%1: the translations for &apos;%2&apos; are not used: Supple has no such language</source>
        <translation>%1: las traducciones de «%2» no se usan: Supple no tiene ese idioma</translation>
    </message>
    <message>
        <source>en-XA: the test language is made from the English texts; there is nothing to check</source>
        <translation>en-XA: el idioma de prueba se genera a partir de los textos en inglés; no hay nada que comprobar</translation>
    </message>
    <message>
        <source>en: the catalogue is written in English; there is nothing to translate</source>
        <translation>en: el catálogo está escrito en inglés; no hay nada que traducir</translation>
    </message>
    <message>
        <source>supple: the built-in catalogue cannot be used:
%1</source>
        <translation>supple: no se puede usar el catálogo integrado:
%1</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>%1 (my copy)</source>
        <comment>the name of a copy of a routine or stretch</comment>
        <translation>%1 (mi copia)</translation>
    </message>
    <message>
        <source>%1 is held for %2 to %3 seconds, not %4.</source>
        <comment>a stretch&apos;s name, then seconds</comment>
        <translation>%1 se mantiene de %2 a %3 segundos, no %4.</translation>
    </message>
    <message>
        <source>%1 is not a timed hold.</source>
        <translation>%1 no se mantiene durante un tiempo fijo.</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>%1 %2 of %3</source>
        <comment>day of the week, breaks taken of reminders shown</comment>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3), during %4</source>
        <comment>date: stretch (side), during routine</comment>
        <translation>%1: %2 (%3), en %4</translation>
    </message>
    <message>
        <source>%1: %2, during %4</source>
        <comment>date: stretch, during routine</comment>
        <translation>%1: %2, en %4</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best streak: %n day(s)</source>
        <translation>
            <numerusform>Mejor racha: %n día</numerusform>
            <numerusform>Mejor racha: %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %n day(s)</source>
        <translation>
            <numerusform>Racha actual: %n día</numerusform>
            <numerusform>Racha actual: %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminders this week.</source>
        <translation>No ha habido recordatorios esta semana.</translation>
    </message>
    <message>
        <source>No sharp pain reported.</source>
        <translation>No se ha indicado ningún dolor agudo.</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguno todavía</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier</source>
        <translation>
            <numerusform>y %n anterior</numerusform>
            <numerusform>y %n anteriores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Recordármelo</translation>
    </message>
    <message numerus="yes">
        <source>Supple can remind you to stretch after %n minute(s) at the keyboard. It waits while you are away, in full screen or in do-not-disturb, and you can snooze or skip each reminder. Remind you?</source>
        <translation>
            <numerusform>Supple puede recordarle que estire después de %n minuto ante el teclado. Espera mientras usted está ausente, a pantalla completa o en «no molestar», y puede posponer u omitir cada recordatorio. ¿Quiere que se lo recuerde?</numerusform>
            <numerusform>Supple puede recordarle que estire después de %n minutos ante el teclado. Espera mientras usted está ausente, a pantalla completa o en «no molestar», y puede posponer u omitir cada recordatorio. ¿Quiere que se lo recuerde?</numerusform>
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
        <translation>Seguir con suavidad o saltarlo</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Routine complete</source>
        <translation>Rutina terminada</translation>
    </message>
    <message>
        <source>Routine stopped</source>
        <translation>Rutina detenida</translation>
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
        <translation>está dañado</translation>
    </message>
    <message>
        <source>it is in use by another program (it is locked)</source>
        <translation>otro programa lo está usando (está bloqueado)</translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation>es de solo lectura</translation>
    </message>
    <message>
        <source>permission is denied</source>
        <translation>no hay permiso</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>History is off: %1 %2. Sessions are not recorded until this is sorted out.</source>
        <comment>%1: the file, %2: why (&apos;could not be made&apos;)</comment>
        <translation>Historial desactivado: %1 %2. Las sesiones no se guardarán hasta que se resuelva.</translation>
    </message>
    <message>
        <source>History is off: %1 %2. The file was left as it is; sessions are not recorded until this is sorted out.</source>
        <comment>%1: the file, %2: why (&apos;is damaged&apos;)</comment>
        <translation>Historial desactivado: %1 %2. El archivo se ha dejado como estaba; las sesiones no se guardarán hasta que se resuelva.</translation>
    </message>
    <message>
        <source>cannot be opened (%1)</source>
        <translation>no se puede abrir (%1)</translation>
    </message>
    <message>
        <source>cannot be used (%1)</source>
        <translation>no se puede usar (%1)</translation>
    </message>
    <message>
        <source>cannot be written: the disk is full (%1)</source>
        <translation>no se puede escribir: el disco está lleno (%1)</translation>
    </message>
    <message>
        <source>is another program&apos;s database, not a Supple history</source>
        <translation>es la base de datos de otro programa, no un historial de Supple</translation>
    </message>
    <message>
        <source>is damaged (%1)</source>
        <translation>está dañado (%1)</translation>
    </message>
    <message>
        <source>is damaged, or is not a database at all (its first bytes are not SQLite&apos;s)</source>
        <translation>está dañado o no es una base de datos (sus primeros bytes no son los de SQLite)</translation>
    </message>
    <message>
        <source>is in a read-only folder (%1), so no session can be kept in it</source>
        <translation>está en una carpeta de solo lectura (%1), así que no se puede guardar ninguna sesión en él</translation>
    </message>
    <message>
        <source>is in use by another program (it is locked) (%1)</source>
        <translation>lo está usando otro programa (está bloqueado) (%1)</translation>
    </message>
    <message>
        <source>is not an ordinary file (a folder, a named pipe or a device)</source>
        <translation>no es un archivo normal (es una carpeta, una tubería con nombre o un dispositivo)</translation>
    </message>
    <message>
        <source>is read-only, so no session can be kept in it</source>
        <translation>es de solo lectura, así que no se puede guardar ninguna sesión en él</translation>
    </message>
    <message>
        <source>is read-only, so no session can be kept in it (%1)</source>
        <translation>es de solo lectura, así que no se puede guardar ninguna sesión en él (%1)</translation>
    </message>
    <message>
        <source>was made by a newer Supple (%1)</source>
        <comment>the versions, as the system says them</comment>
        <translation>lo creó una versión más reciente de Supple (%1)</translation>
    </message>
    <message>
        <source>was not opened</source>
        <translation>no se abrió</translation>
    </message>
</context>
<context>
    <name>HoldTimer</name>
    <message>
        <source>Hold timer. Space pauses or goes on.</source>
        <translation>Temporizador del estiramiento. La tecla Espacio pausa o continúa.</translation>
    </message>
</context>
<context>
    <name>ImportIds</name>
    <message>
        <source>A different stretch called &apos;%1&apos; already exists; this file&apos;s will be &apos;%2&apos;.</source>
        <translation>Ya existe otro estiramiento llamado «%1»; el de este archivo se llamará «%2».</translation>
    </message>
    <message>
        <source>A routine called &apos;%1&apos; already exists. Import it as &apos;%2&apos;?</source>
        <translation>Ya existe una rutina llamada «%1». ¿Importarla como «%2»?</translation>
    </message>
    <message numerus="yes">
        <source>Import the file with the new id(s) above?</source>
        <translation>
            <numerusform>¿Importar el archivo con el nuevo identificador indicado arriba?</numerusform>
            <numerusform>¿Importar el archivo con los nuevos identificadores indicados arriba?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Instructions</name>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Careful</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>Come out slowly, undoing the way you went in, one part at a time.</source>
        <translation>Salga despacio, deshaciendo el camino por el que entró, una parte cada vez.</translation>
    </message>
    <message>
        <source>Easing out</source>
        <translation>Salir del estiramiento</translation>
    </message>
    <message>
        <source>Form</source>
        <comment>how to hold the body well</comment>
        <translation>Postura correcta</translation>
    </message>
    <message>
        <source>Getting into position</source>
        <translation>Colocarse en posición</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Cómo se hace</translation>
    </message>
    <message>
        <source>If the pain stays while you rest, stop the routine and ask a health professional.</source>
        <translation>Si el dolor continúa mientras descansa, detenga la rutina y consulte a un profesional sanitario.</translation>
    </message>
    <message>
        <source>Rest in a position that feels comfortable, and breathe easily.</source>
        <translation>Descanse en una postura cómoda y respire con tranquilidad.</translation>
    </message>
    <message>
        <source>Stop pushing into the stretch and let the pull go.</source>
        <translation>Deje de forzar el estiramiento y suelte la tensión.</translation>
    </message>
    <message>
        <source>You should feel</source>
        <translation>Qué debe notar</translation>
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
        <translation>%1: el lado izquierdo, y el derecho dibujado como su reflejo.</translation>
    </message>
    <message>
        <source>Choose the picture of the held position.</source>
        <translation>Elija la imagen de la posición mantenida.</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Ilustración</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <comment>a picture&apos;s name</comment>
        <translation>Vista previa: %1</translation>
    </message>
</context>
<context>
    <name>Keyframes</name>
    <message>
        <source>Cat-cow, back dipped (cow)</source>
        <translation>Gato-vaca, espalda hundida (vaca)</translation>
    </message>
    <message>
        <source>Cat-cow, back rounded (cat)</source>
        <translation>Gato-vaca, espalda arqueada (gato)</translation>
    </message>
    <message>
        <source>Child&apos;s pose, folded forward</source>
        <translation>Postura del niño, plegado hacia delante</translation>
    </message>
    <message>
        <source>Child&apos;s pose, on all fours</source>
        <translation>Postura del niño, a cuatro patas</translation>
    </message>
    <message>
        <source>Figure four, feet down</source>
        <translation>Figura cuatro, pies apoyados</translation>
    </message>
    <message>
        <source>Figure four, legs crossed</source>
        <translation>Figura cuatro, piernas cruzadas</translation>
    </message>
    <message>
        <source>Figure four, legs drawn in</source>
        <translation>Figura cuatro, piernas hacia el pecho</translation>
    </message>
    <message>
        <source>Knee to chest, knee drawn in</source>
        <translation>Rodilla al pecho, rodilla recogida</translation>
    </message>
    <message>
        <source>Knee to chest, starting position</source>
        <translation>Rodilla al pecho, posición inicial</translation>
    </message>
    <message>
        <source>March in place, left knee up</source>
        <translation>Marcha en el sitio, rodilla izquierda arriba</translation>
    </message>
    <message>
        <source>March in place, right knee up</source>
        <translation>Marcha en el sitio, rodilla derecha arriba</translation>
    </message>
    <message>
        <source>Seated glute stretch, feet down</source>
        <translation>Estiramiento de glúteos sentado, pies apoyados</translation>
    </message>
    <message>
        <source>Seated glute stretch, leaning forward</source>
        <translation>Estiramiento de glúteos sentado, inclinado hacia delante</translation>
    </message>
    <message>
        <source>Seated glute stretch, sitting upright</source>
        <translation>Estiramiento de glúteos sentado, con la espalda recta</translation>
    </message>
</context>
<context>
    <name>MainForm</name>
    <message>
        <source>A small timer that stays on top of your work (M)</source>
        <translation>Un pequeño temporizador que queda encima de su trabajo (M)</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>go back to the previous stretch (a button), not the body part</comment>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Volver a las rutinas</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Elija una rutina</translation>
    </message>
    <message>
        <source>Do it again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>End the routine (Esc)</source>
        <translation>Terminar la rutina (Esc)</translation>
    </message>
    <message>
        <source>Go on gently</source>
        <translation>Seguir con suavidad</translation>
    </message>
    <message>
        <source>Mini timer</source>
        <translation>Minitemporizador</translation>
    </message>
    <message>
        <source>Minutes per day, streaks and pain reports (Ctrl+H)</source>
        <translation>Minutos al día, rachas y avisos de dolor (Ctrl+H)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pausar o continuar (Espacio)</translation>
    </message>
    <message>
        <source>Pose</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Restart this stretch (R)</source>
        <translation>Reiniciar este estiramiento (R)</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>Progreso de la rutina</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Sharp pain</source>
        <translation>Dolor agudo</translation>
    </message>
    <message>
        <source>Sharp pain: stop this stretch now and ease out slowly (P)</source>
        <translation>Dolor agudo: pare este estiramiento ya y salga de él despacio (P)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Skip ahead (Right arrow)</source>
        <translation>Avanzar (flecha derecha)</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Saltarlo</translation>
    </message>
    <message>
        <source>Skip this stretch (Right arrow)</source>
        <translation>Saltar este estiramiento (flecha derecha)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start the selected routine (Enter or Space)</source>
        <translation>Empezar la rutina elegida (Intro o Espacio)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Timings, theme, chimes and voice (Ctrl+,)</source>
        <translation>Tiempos, tema, tonos y voz (Ctrl+,)</translation>
    </message>
    <message>
        <source>To the previous stretch (Left arrow)</source>
        <translation>Al estiramiento anterior (flecha izquierda)</translation>
    </message>
    <message>
        <source>Try this stretch again, more gently (Space)</source>
        <translation>Repetir este estiramiento con más suavidad (Espacio)</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Su progreso</translation>
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
        <translation>%1: ilustración</translation>
    </message>
    <message>
        <source>Mini timer</source>
        <translation>Minitemporizador</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Start, pause or resume</source>
        <translation>Empezar, pausar o continuar</translation>
    </message>
    <message>
        <source>Stop the routine?</source>
        <translation>¿Detener la rutina?</translation>
    </message>
    <message>
        <source>Stop this routine now? What you have done so far is kept.</source>
        <translation>¿Detener ahora esta rutina? Lo que ha hecho hasta ahora se guarda.</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Su progreso</translation>
    </message>
    <message>
        <source>Your progress opens when this routine ends, so the timer stays in view.</source>
        <translation>Su progreso se abrirá cuando termine esta rutina, para que el temporizador siga a la vista.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>... and %n more (see the details).</source>
        <translation>
            <numerusform>... y %n más (vea los detalles).</numerusform>
            <numerusform>... y %n más (vea los detalles).</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of your files could not be used:

%1</source>
        <translation>Algunos de sus archivos no se han podido usar:

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
        <translation>Volver a la ventana principal</translation>
    </message>
    <message>
        <source>How to keep it on top</source>
        <translation>Cómo mantenerlo encima</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacidad</translation>
    </message>
    <message>
        <source>Opacity (not available here)</source>
        <translation>Opacidad (no disponible aquí)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desanclar</translation>
    </message>
</context>
<context>
    <name>MiniFace</name>
    <message>
        <source>%1: illustration</source>
        <comment>a stretch&apos;s name</comment>
        <translation>%1: ilustración</translation>
    </message>
    <message>
        <source>Back to the main window</source>
        <translation>Volver a la ventana principal</translation>
    </message>
    <message>
        <source>Open Supple</source>
        <translation>Abrir Supple</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Sharp pain</source>
        <translation>Dolor agudo</translation>
    </message>
    <message>
        <source>Skip ahead</source>
        <translation>Avanzar</translation>
    </message>
</context>
<context>
    <name>MiniTimer</name>
    <message>
        <source>Supple runs here as a native Wayland window, and Wayland does not let a window keep itself above the others, so the mini timer can end up behind your work.

To pin it yourself: on GNOME, click the mini timer, press Alt+Space and choose &quot;Always on Top&quot;; on KDE Plasma, press Alt+F3 and choose More Actions, then &quot;Keep Above Others&quot;. &quot;Bring the mini timer forward&quot; in the tray menu puts it back in front.

To have it stay on top by itself where the desktop has XWayland, choose &quot;Through XWayland&quot; in Settings, Appearance, and start Supple again (unless you set QT_QPA_PLATFORM yourself: Supple then leaves it as it is).</source>
        <extracomment>&quot;Always on Top&quot;, &quot;More Actions&quot; and &quot;Keep Above Others&quot; are GNOME&apos;s and KDE&apos;s own menu words: use theirs in your language. &quot;Through XWayland&quot; and &quot;Settings, Appearance&quot; are Supple&apos;s own.</extracomment>
        <translation>Aquí Supple funciona como una ventana nativa de Wayland, y Wayland no permite que una ventana se mantenga por sí misma encima de las demás, así que el minitemporizador puede quedar detrás de su trabajo.

Para fijarlo usted: en GNOME, haga clic en el minitemporizador, pulse Alt+Espacio y elija «Siempre encima»; en KDE Plasma, pulse Alt+F3 y elija «Más acciones» y luego «Mantener por encima de otras». «Traer el minitemporizador al frente», en el menú de la bandeja, lo vuelve a poner delante.

Para que se quede encima por sí solo donde el escritorio tenga XWayland, elija «Con XWayland» en Ajustes, Aspecto, y vuelva a iniciar Supple (salvo que haya fijado usted QT_QPA_PLATFORM: entonces Supple lo deja como está).</translation>
    </message>
</context>
<context>
    <name>MinutesChart</name>
    <message numerus="yes">
        <source>%1 of the last %n day(s) with stretching</source>
        <translation>
            <numerusform>%1 del último día con estiramientos</numerusform>
            <numerusform>%1 de los últimos %n días con estiramientos</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes stretched per day</source>
        <translation>Minutos de estiramiento al día</translation>
    </message>
    <message>
        <source>No stretching in these weeks yet</source>
        <translation>Todavía no hay estiramientos en estas semanas</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <source>Chimes are off.</source>
        <translation>Tonos desactivados.</translation>
    </message>
    <message>
        <source>The voice is off.</source>
        <translation>Voz desactivada.</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>%1 (each side)</source>
        <translation>%1 (cada lado)</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;Start&lt;/b&gt; to begin.</source>
        <translation>Pulse &lt;b&gt;Intro&lt;/b&gt; o &lt;b&gt;Empezar&lt;/b&gt; para comenzar.</translation>
    </message>
</context>
<context>
    <name>PosePanel</name>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
</context>
<context>
    <name>PoseView</name>
    <message>
        <source>Pose illustration</source>
        <translation>Ilustración de la postura</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>R&amp;eminders</source>
        <translation>R&amp;ecordatorios</translation>
    </message>
    <message>
        <source>Your settings could not be saved to %1: %2.

They apply until Supple closes.</source>
        <translation>No se han podido guardar sus ajustes en %1: %2.

Se aplican hasta que se cierre Supple.</translation>
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
        <translation>%1, quedan %2</translation>
    </message>
    <message>
        <source>%1, %2 left, %3</source>
        <comment>a phase, the time left, a side: &apos;Hold, 19 seconds left, left leg&apos;</comment>
        <translation>%1, quedan %2, %3</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>the stretches done, as a heading</comment>
        <translation>Completados</translation>
    </message>
    <message>
        <source>Ease out of %1 slowly</source>
        <translation>Salga despacio: %1</translation>
    </message>
    <message>
        <source>If pain like this comes back, leave that stretch out and ask a health professional.</source>
        <translation>Si vuelve a sentir un dolor así, deje de hacer ese estiramiento y consulte a un profesional sanitario.</translation>
    </message>
    <message>
        <source>Last stretch</source>
        <translation>Último estiramiento</translation>
    </message>
    <message>
        <source>Next up: %1</source>
        <translation>A continuación: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <comment>the other side: &apos;Next: right leg&apos;</comment>
        <translation>Después: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <comment>the next stretch: &apos;Next: cat-cow&apos;</comment>
        <translation>Después: %1</translation>
    </message>
    <message>
        <source>Next: round %1 of %2</source>
        <translation>Después: ronda %1 de %2</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Routine complete. Well done!</source>
        <translation>Rutina terminada. ¡Muy bien!</translation>
    </message>
    <message>
        <source>Routine stopped</source>
        <translation>Rutina detenida</translation>
    </message>
    <message>
        <source>Sharp pain reported</source>
        <translation>Dolor agudo indicado</translation>
    </message>
    <message>
        <source>Skip or go on?</source>
        <translation>¿Saltar o seguir?</translation>
    </message>
    <message>
        <source>Skip this stretch, or go on gently?</source>
        <translation>¿Saltar este estiramiento o seguir con suavidad?</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltados</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Stretch %1 of %2 · %3 left</source>
        <translation>Estiramiento %1/%2 · quedan %3</translation>
    </message>
    <message>
        <source>Warm-up · %1 left</source>
        <translation>Calentamiento · quedan %1</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear history…</source>
        <translation>&amp;Borrar historial…</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exportar a CSV…</translation>
    </message>
    <message>
        <source>Breaks taken of the reminders shown</source>
        <translation>Pausas hechas de los recordatorios mostrados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Clear the history?</source>
        <translation>¿Borrar el historial?</translation>
    </message>
    <message>
        <source>Clear the whole history</source>
        <translation>Borrar todo el historial</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>No se ha podido exportar a %1: %2</translation>
    </message>
    <message>
        <source>Delete every recorded session, including pain reports? This cannot be undone. Export to CSV first if you may want them later.</source>
        <translation>¿Eliminar todas las sesiones guardadas, también los avisos de dolor? No se puede deshacer. Si puede que los quiera más adelante, expórtelos antes a CSV.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>Export the history to a CSV file</source>
        <translation>Exportar el historial a un archivo CSV</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>Se ha exportado %n sesión a %1.</numerusform>
            <numerusform>Se han exportado %n sesiones a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes stretched per day</source>
        <translation>Minutos de estiramiento al día</translation>
    </message>
    <message>
        <source>Most-done routines</source>
        <translation>Rutinas más hechas</translation>
    </message>
    <message>
        <source>Most-done stretches</source>
        <translation>Estiramientos más hechos</translation>
    </message>
    <message>
        <source>No sessions yet: your progress shows here after your first routine.</source>
        <translation>Todavía no hay sesiones: su progreso aparecerá aquí después de su primera rutina.</translation>
    </message>
    <message>
        <source>Sharp pain reports</source>
        <translation>Avisos de dolor agudo</translation>
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
        <translation>&amp;Empezar</translation>
    </message>
    <message numerus="yes">
        <source>In %n min</source>
        <comment>snooze: remind me in so many minutes</comment>
        <translation>
            <numerusform>En %n min</numerusform>
            <numerusform>En %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Time for a stretch</source>
        <translation>Hora de estirar</translation>
    </message>
    <message numerus="yes">
        <source>You have been at it for %n min. %1 would fit now.</source>
        <translation>
            <numerusform>Lleva %n min trabajando. Ahora le vendría bien %1.</numerusform>
            <numerusform>Lleva %n min trabajando. Ahora le vendría bien %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been at it for %n min. A routine would fit now.</source>
        <translation>
            <numerusform>Lleva %n min trabajando. Ahora le vendría bien una rutina.</numerusform>
            <numerusform>Lleva %n min trabajando. Ahora le vendría bien una rutina.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have put it off a few times. How about a short one at your desk: %1?</source>
        <translation>Lo ha pospuesto varias veces. ¿Qué tal una corta en su escritorio: %1?</translation>
    </message>
    <message>
        <source>You have put it off a few times. How about a short routine at your desk?</source>
        <translation>Lo ha pospuesto varias veces. ¿Qué tal una rutina corta en su escritorio?</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPanel</name>
    <message>
        <source> min</source>
        <comment>a spin box&apos;s suffix: minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Remind me to stretch</source>
        <translation>&amp;Recordarme que estire</translation>
    </message>
    <message>
        <source>&amp;Snoozes in a row, at most</source>
        <translation>Máximo de aplazamientos &amp;seguidos</translation>
    </message>
    <message>
        <source>After w&amp;orking for</source>
        <translation>Después de &amp;trabajar durante</translation>
    </message>
    <message>
        <source>Minutes away that count as a break</source>
        <translation>Minutos de ausencia que cuentan como pausa</translation>
    </message>
    <message>
        <source>Minutes of work between reminders</source>
        <translation>Minutos de trabajo entre recordatorios</translation>
    </message>
    <message>
        <source>Only during my working &amp;hours</source>
        <translation>Solo en mi &amp;horario laboral</translation>
    </message>
    <message>
        <source>Snoozes in a row before only a short break is offered</source>
        <translation>Aplazamientos seguidos antes de ofrecer solo una pausa corta</translation>
    </message>
    <message>
        <source>Start Supple when I log &amp;in (in the tray)</source>
        <translation>Iniciar Supple al &amp;abrir sesión (en la bandeja)</translation>
    </message>
    <message>
        <source>Time &amp;away that counts as a break</source>
        <translation>Tiempo &amp;fuera que cuenta como pausa</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fin del horario laboral</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Inicio del horario laboral</translation>
    </message>
    <message>
        <source>from</source>
        <comment>working hours: from 9:00</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <comment>working hours: to 17:00</comment>
        <translation>a</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <source>Next reminder in %1 of work</source>
        <comment>%1: &apos;25 min&apos;</comment>
        <translation>Próximo recordatorio tras %1 de trabajo</translation>
    </message>
    <message>
        <source>Next reminder: soon</source>
        <translation>Próximo recordatorio: pronto</translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation>Recordatorios desactivados</translation>
    </message>
    <message>
        <source>Reminders are paused</source>
        <translation>Recordatorios en pausa</translation>
    </message>
    <message>
        <source>Time for a stretch</source>
        <translation>Hora de estirar</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Supple could not add itself to the programs that start at login: %1.</source>
        <translation>Supple no ha podido añadirse a los programas que se inician con la sesión: %1.</translation>
    </message>
    <message>
        <source>Supple could not remove itself from the programs that start at login: %1.</source>
        <translation>Supple no ha podido quitarse de los programas que se inician con la sesión: %1.</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>%1 (read only)</source>
        <comment>a routine&apos;s name</comment>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <source>%1 comes with Supple and cannot be deleted. Duplicate it to make your own.</source>
        <translation>%1 viene con Supple y no se puede eliminar. Duplíquela para crear la suya.</translation>
    </message>
    <message>
        <source>%1 was not deleted:
%2</source>
        <comment>a routine&apos;s name, then why</comment>
        <translation>No se ha eliminado %1:
%2</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplicar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;New routine…</source>
        <translation>&amp;Nueva rutina…</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <comment>a routine&apos;s name</comment>
        <translation>Copia de %1</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Eliminar rutina</translation>
    </message>
    <message>
        <source>Delete your routine %1?</source>
        <translation>¿Eliminar su rutina %1?</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <comment>a routine&apos;s name</comment>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>Save the routine first: Export shares the routine as it is saved.</source>
        <translation>Guarde antes la rutina: «Exportar» comparte la rutina tal como está guardada.</translation>
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
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Zona</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>A&amp;dd stretch</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add %1</source>
        <comment>undo: a stretch&apos;s name</comment>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Add at least one stretch.</source>
        <translation>Añada al menos un estiramiento.</translation>
    </message>
    <message>
        <source>Add the chosen stretch at the end (Enter in the list)</source>
        <translation>Añadir al final el estiramiento elegido (Intro en la lista)</translation>
    </message>
    <message>
        <source>Add the routines of a shared file (Ctrl+I)</source>
        <translation>Añadir las rutinas de un archivo compartido (Ctrl+I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Change the area</source>
        <translation>Cambiar la zona</translation>
    </message>
    <message>
        <source>Change the description</source>
        <translation>Cambiar la descripción</translation>
    </message>
    <message>
        <source>Change the name</source>
        <translation>Cambiar el nombre</translation>
    </message>
    <message>
        <source>Change the place</source>
        <translation>Cambiar el lugar</translation>
    </message>
    <message>
        <source>Change the repetitions</source>
        <translation>Cambiar las repeticiones</translation>
    </message>
    <message>
        <source>Change the sides</source>
        <translation>Cambiar los lados</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close without saving (Escape)</source>
        <translation>Cerrar sin guardar (Esc)</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <comment>a routine&apos;s name</comment>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Give the routine a name.</source>
        <translation>Ponga un nombre a la rutina.</translation>
    </message>
    <message>
        <source>Hold %1 for %2 s</source>
        <comment>undo: a stretch&apos;s name, then seconds</comment>
        <translation>Mantener %1 durante %2 s</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move a step</source>
        <translation>Mover un paso</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move the step earlier (Alt+Up)</source>
        <translation>Adelantar el paso (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move the step later (Alt+Down)</source>
        <translation>Retrasar el paso (Alt+Abajo)</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>No stretches yet: add one from the list on the right.</source>
        <translation>Todavía no hay estiramientos: añada uno de la lista de la derecha.</translation>
    </message>
    <message>
        <source>Not saved:
%1</source>
        <translation>No se ha guardado:
%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
    <message>
        <source>Read only: its file has problems. Fix them and open it again.

%1</source>
        <translation>Solo lectura: su archivo tiene problemas. Corríjalos y vuelva a abrirla.

%1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo what was undone (Ctrl+Shift+Z)</source>
        <translation>Rehacer lo que se ha deshecho (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <comment>undo: a stretch&apos;s name</comment>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Remove the step (Delete)</source>
        <translation>Quitar el paso (Supr)</translation>
    </message>
    <message>
        <source>Save the routine (Ctrl+S)</source>
        <translation>Guardar la rutina (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save your changes to %1 before closing?</source>
        <comment>a routine&apos;s name</comment>
        <translation>¿Guardar los cambios de %1 antes de cerrar?</translation>
    </message>
    <message>
        <source>Save your changes to this routine before closing?</source>
        <translation>¿Guardar los cambios de esta rutina antes de cerrar?</translation>
    </message>
    <message>
        <source>Say in a few words what the routine is for.</source>
        <translation>Diga en pocas palabras para qué sirve la rutina.</translation>
    </message>
    <message>
        <source>Steps, in order</source>
        <translation>Pasos, en orden</translation>
    </message>
    <message>
        <source>Stretches to add</source>
        <translation>Estiramientos para añadir</translation>
    </message>
    <message>
        <source>Total time: %1</source>
        <translation>Tiempo total: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Deshacer el último cambio (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Write this routine, as saved, to a file to share (Ctrl+Shift+E)</source>
        <translation>Copiar esta rutina, tal como está guardada, a un archivo para compartir (Ctrl+Mayús+E)</translation>
    </message>
</context>
<context>
    <name>RoutineList</name>
    <message>
        <source>%1 (yours)</source>
        <comment>a routine of the person&apos;s own, in the list</comment>
        <translation>%1 (suya)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n stretch(es)</source>
        <comment>a routine&apos;s length, its place, its number of stretches</comment>
        <translation>
            <numerusform>%1 · %2 · %n estiramiento</numerusform>
            <numerusform>%1 · %2 · %n estiramientos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a routine&apos;s name, then its facts, read by a screen reader</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
</context>
<context>
    <name>Seeing</name>
    <message>
        <source>A reminder waits for a better moment when it sees: %1.</source>
        <translation>Un recordatorio espera a un momento mejor cuando detecta: %1.</translation>
    </message>
    <message>
        <source>Not seen on this computer: %1.</source>
        <translation>No se detecta en este equipo: %1.</translation>
    </message>
    <message>
        <source>Supple notices when you are away through the %1.</source>
        <translation>Para saber cuándo está ausente, Supple usa: %1.</translation>
    </message>
    <message>
        <source>This computer does not tell Supple when you are away, so reminders follow plain time: a break away from the keyboard is not noticed.</source>
        <translation>Este equipo no le indica a Supple cuándo está ausente, así que los recordatorios siguen solo el reloj: no se detecta una pausa lejos del teclado.</translation>
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
        <translation>Volver al estiramiento anterior</translation>
    </message>
    <message>
        <source>Do this stretch again with a shorter hold, only to a light stretch</source>
        <translation>Repetir este estiramiento durante menos tiempo, solo hasta notar una ligera tensión</translation>
    </message>
    <message>
        <source>Ease out of the stretch now, then choose to skip it or go on gently</source>
        <translation>Salga del estiramiento ahora; después elija saltarlo o seguir con suavidad</translation>
    </message>
    <message>
        <source>Go back to the start of the previous stretch</source>
        <translation>Volver al principio del estiramiento anterior</translation>
    </message>
    <message>
        <source>Go on gently</source>
        <translation>Seguir con suavidad</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Restart this stretch</source>
        <translation>Reiniciar este estiramiento</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Sharp pain</source>
        <translation>Dolor agudo</translation>
    </message>
    <message>
        <source>Skip ahead</source>
        <translation>Avanzar</translation>
    </message>
    <message>
        <source>Skip the rest of this part of the stretch</source>
        <translation>Saltar el resto de esta parte del estiramiento</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start this stretch again from getting into position</source>
        <translation>Empezar de nuevo este estiramiento desde la colocación</translation>
    </message>
    <message>
        <source>Start, pause or resume the routine</source>
        <translation>Empezar, pausar o continuar la rutina</translation>
    </message>
    <message>
        <source>Stop the routine; what you have done so far is kept</source>
        <translation>Detener la rutina; lo que ha hecho hasta ahora se guarda</translation>
    </message>
    <message>
        <source>Stop the routine…</source>
        <translation>Detener la rutina…</translation>
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
        <translation>Esta vez con suavidad: solo hasta notar una ligera tensión, y salga si le duele.</translation>
    </message>
    <message>
        <source>Go on gently</source>
        <translation>Seguir con suavidad</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation>Flecha izquierda</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation>Flecha derecha</translation>
    </message>
    <message>
        <source>Skip this stretch</source>
        <translation>Saltarlo</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>a shorter, lighter hold</source>
        <translation>menos tiempo y menos intensidad</translation>
    </message>
    <message>
        <source>on to the next one</source>
        <translation>pasar al siguiente</translation>
    </message>
</context>
<context>
    <name>SessionPane</name>
    <message>
        <source>Key: %1</source>
        <translation>Tecla: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Chimes and spoken cues are set here.</source>
        <translation>Aquí se ajustan los tonos y las indicaciones habladas.</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>En movimiento</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Still pictures</source>
        <translation>Imágenes fijas</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> × usual</source>
        <translation> × lo habitual</translation>
    </message>
    <message>
        <source>&amp;Breath length</source>
        <translation>&amp;Duración de la respiración</translation>
    </message>
    <message>
        <source>&amp;Get into position for</source>
        <translation>Tiempo para &amp;colocarse</translation>
    </message>
    <message>
        <source>&amp;Hold each stretch for</source>
        <translation>&amp;Mantener cada estiramiento</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Warm up before routines that have a warm-up</source>
        <translation>Ca&amp;lentar antes de las rutinas con calentamiento</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>As&amp;pecto</translation>
    </message>
    <message>
        <source>Appearance and start</source>
        <translation>Aspecto e inicio</translation>
    </message>
    <message>
        <source>Breath pace, as a multiple of the usual breath length</source>
        <translation>Ritmo de la respiración, como múltiplo de la duración habitual</translation>
    </message>
    <message>
        <source>Default hold length in seconds</source>
        <translation>Tiempo habitual de cada estiramiento, en segundos</translation>
    </message>
    <message>
        <source>Fi&amp;gure</source>
        <translation>&amp;Figura</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figura</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Native &amp;Wayland: sharp at any scale</source>
        <translation>&amp;Wayland nativo: nítido a cualquier escala</translation>
    </message>
    <message>
        <source>On a Wayland desktop (Linux)</source>
        <translation>En un escritorio Wayland (Linux)</translation>
    </message>
    <message>
        <source>S&amp;witch sides in</source>
        <translation>Cam&amp;biar de lado en</translation>
    </message>
    <message>
        <source>Seconds to get into position</source>
        <translation>Segundos para colocarse</translation>
    </message>
    <message>
        <source>Seconds to switch sides</source>
        <translation>Segundos para cambiar de lado</translation>
    </message>
    <message>
        <source>Slows (above 1) or quickens (below 1) the breathing pace of cat-cow</source>
        <translation>Hace más lento (por encima de 1) o más rápido (por debajo de 1) el ritmo de respiración del gato-vaca</translation>
    </message>
    <message>
        <source>Sou&amp;nd and voice</source>
        <translation>So&amp;nido y voz</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Sonido y voz</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation>Iniciar &amp;minimizado en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Still pictures show each position without moving between them</source>
        <translation>Las imágenes fijas muestran cada posición sin el movimiento entre ellas</translation>
    </message>
    <message>
        <source>Supple speaks the language chosen here from the next time it starts.</source>
        <translation>Supple usará el idioma elegido aquí a partir de la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Supple uses this the next time it starts.</source>
        <translation>Supple lo aplicará la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>T&amp;iming</source>
        <translation>T&amp;iempos</translation>
    </message>
    <message>
        <source>Text and pictures may look a little soft when the desktop is scaled by a fraction, such as 125%.</source>
        <translation>El texto y las imágenes pueden verse algo borrosos si el escritorio usa una escala fraccionaria, como el 125 %.</translation>
    </message>
    <message>
        <source>The guide asks for 20 to 30 seconds; a routine&apos;s own length wins where it sets one</source>
        <translation>La guía recomienda de 20 a 30 segundos; si una rutina fija su propia duración, se usa esa</translation>
    </message>
    <message>
        <source>The mini timer cannot keep itself above other windows; you can pin it from the desktop&apos;s window menu, or bring it forward from the tray.</source>
        <translation>El minitemporizador no puede mantenerse por sí mismo encima de otras ventanas; puede fijarlo desde el menú de ventana del escritorio o traerlo al frente desde la bandeja.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Through XWa&amp;yland: the mini timer stays on top</source>
        <translation>Con XWa&amp;yland: el minitemporizador queda encima</translation>
    </message>
    <message>
        <source>Warm muscles stretch further and strain less; the guide suggests 5 to 10 minutes</source>
        <translation>Los músculos calientes se estiran mejor y sufren menos; la guía recomienda de 5 a 10 minutos</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <source>Warm-up &amp;length</source>
        <translation>D&amp;uración del calentamiento</translation>
    </message>
    <message>
        <source>Warm-up length in minutes</source>
        <translation>Duración del calentamiento en minutos</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>&apos;%1&apos; is built in: everyone has it already</source>
        <translation>«%1» viene con Supple: ya la tiene todo el mundo</translation>
    </message>
    <message>
        <source>no longer holds &apos;%1&apos;</source>
        <translation>ya no contiene «%1»</translation>
    </message>
</context>
<context>
    <name>SharingActions</name>
    <message>
        <source>%1 comes with Supple: everyone has it already. Duplicate it to share your own.</source>
        <translation>%1 viene con Supple: ya la tiene todo el mundo. Duplíquela para compartir la suya.</translation>
    </message>
    <message>
        <source>%1 was not exported:

%2</source>
        <comment>a routine&apos;s name, then why</comment>
        <translation>No se ha exportado %1:

%2</translation>
    </message>
    <message>
        <source>%1 was not imported:

%2</source>
        <comment>a file&apos;s name, then why</comment>
        <translation>No se ha importado %1:

%2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <comment>a file&apos;s name, then why</comment>
        <translation>No se ha importado %1: %2</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>Exportar una rutina</translation>
    </message>
    <message>
        <source>Import routines</source>
        <translation>Importar rutinas</translation>
    </message>
    <message>
        <source>Supple routines (%1)</source>
        <comment>a file filter: the pattern stays as it is</comment>
        <translation>Rutinas de Supple (%1)</translation>
    </message>
</context>
<context>
    <name>Sides</name>
    <message>
        <source>Left hip</source>
        <translation>Cadera izquierda</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation>Cadera derecha</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
</context>
<context>
    <name>SoundReasons</name>
    <message>
        <source>Chimes are off: Qt&apos;s multimedia support could not be loaded (%1).</source>
        <translation>Tonos desactivados: no se ha podido cargar el soporte multimedia de Qt (%1).</translation>
    </message>
    <message>
        <source>Chimes are off: a sound file could not be read (%1).</source>
        <translation>Tonos desactivados: no se ha podido leer un archivo de sonido (%1).</translation>
    </message>
    <message>
        <source>Chimes are off: no audio output device was found.</source>
        <translation>Tonos desactivados: no se ha encontrado ningún dispositivo de salida de audio.</translation>
    </message>
    <message>
        <source>Chimes are off: sound files are missing from %1 (%2).</source>
        <translation>Tonos desactivados: faltan archivos de sonido en %1 (%2).</translation>
    </message>
    <message>
        <source>Chimes are off: the audio device &apos;%1&apos; cannot play 16-bit mono sound.</source>
        <translation>Tonos desactivados: el dispositivo de audio «%1» no puede reproducir sonido mono de 16 bits.</translation>
    </message>
    <message>
        <source>Chimes are off: the audio device &apos;%1&apos; could not be opened.</source>
        <translation>Tonos desactivados: no se ha podido abrir el dispositivo de audio «%1».</translation>
    </message>
</context>
<context>
    <name>SoundSettingsPanel</name>
    <message>
        <source>&amp;Breath tones and words during a flow</source>
        <translation>&amp;Guiar la respiración con tonos y palabras al moverse</translation>
    </message>
    <message>
        <source>&amp;Halfway through a hold</source>
        <translation>A &amp;mitad del estiramiento</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>Velo&amp;cidad:</translation>
    </message>
    <message>
        <source>&amp;Speak the cues</source>
        <translation>&amp;Decir las indicaciones en voz alta</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>Pro&amp;bar</translation>
    </message>
    <message>
        <source>Also play a cue:</source>
        <translation>Avisar también:</translation>
    </message>
    <message>
        <source>Chime &amp;volume:</source>
        <translation>&amp;Volumen de los tonos:</translation>
    </message>
    <message>
        <source>Chime volume</source>
        <translation>Volumen de los tonos</translation>
    </message>
    <message>
        <source>Play &amp;chimes at each change</source>
        <translation>Reproducir t&amp;onos en cada cambio</translation>
    </message>
    <message>
        <source>Play a chime and speak a sample line with these settings</source>
        <translation>Reproducir un tono y decir una frase de ejemplo con estos ajustes</translation>
    </message>
    <message>
        <source>Show voices for &amp;all languages</source>
        <translation>Mostrar voces de &amp;todos los idiomas</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Velocidad de la voz</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminada del sistema</translation>
    </message>
    <message>
        <source>The &amp;last few seconds of a hold</source>
        <translation>En los ú&amp;ltimos segundos del estiramiento</translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation>Vo&amp;z:</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Voice vol&amp;ume:</source>
        <translation>Vol&amp;umen de la voz:</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Volumen de la voz</translation>
    </message>
</context>
<context>
    <name>SpeechReasons</name>
    <message>
        <source>On Linux, install speech-dispatcher (sudo apt install speech-dispatcher espeak-ng).</source>
        <translation>En Linux, instale speech-dispatcher (sudo apt install speech-dispatcher espeak-ng).</translation>
    </message>
    <message>
        <source>The voice is off: Qt&apos;s text-to-speech support could not be loaded (%1).</source>
        <translation>Voz desactivada: no se ha podido cargar el soporte de síntesis de voz de Qt (%1).</translation>
    </message>
    <message>
        <source>The voice is off: no text-to-speech engine is installed.</source>
        <translation>Voz desactivada: no hay ningún motor de síntesis de voz instalado.</translation>
    </message>
    <message>
        <source>The voice is off: the speech engine &apos;%1&apos; could not start (%2).</source>
        <translation>Voz desactivada: el motor de voz «%1» no ha podido iniciarse (%2).</translation>
    </message>
    <message>
        <source>The voice is off: the speech engine &apos;%1&apos; is not installed.</source>
        <translation>Voz desactivada: el motor de voz «%1» no está instalado.</translation>
    </message>
    <message>
        <source>it gave no reason</source>
        <translation>sin indicar el motivo</translation>
    </message>
    <message>
        <source>the locale %1 is not installed on this system, so the voice starts under C.UTF-8</source>
        <translation>la configuración regional %1 no está instalada en este sistema, así que la voz se inicia con C.UTF-8</translation>
    </message>
</context>
<context>
    <name>StatusWords</name>
    <message>
        <source>%1, key %2</source>
        <comment>a choice, then its key</comment>
        <translation>%1, tecla %2</translation>
    </message>
    <message>
        <source>%1; or %2</source>
        <comment>one choice or another</comment>
        <translation>%1; o %2</translation>
    </message>
    <message>
        <source>Flow with your breath for %1, %2.</source>
        <translation>Muévase al ritmo de su respiración durante %1, %2.</translation>
    </message>
    <message>
        <source>Flow with your breath for %1.</source>
        <translation>Muévase al ritmo de su respiración durante %1.</translation>
    </message>
    <message>
        <source>Get into position: %1.</source>
        <translation>Colóquese: %1.</translation>
    </message>
    <message>
        <source>Going on.</source>
        <translation>Continuamos.</translation>
    </message>
    <message>
        <source>Hold for %1, %2.</source>
        <comment>a length, then a side: &apos;Hold for 30 seconds, left leg.&apos;</comment>
        <translation>Mantenga durante %1, %2.</translation>
    </message>
    <message>
        <source>Hold for %1.</source>
        <translation>Mantenga durante %1.</translation>
    </message>
    <message>
        <source>Next up: %1.</source>
        <translation>A continuación: %1.</translation>
    </message>
    <message>
        <source>Paused while the computer was asleep. Press Space to go on.</source>
        <translation>En pausa mientras el equipo estaba en reposo. Pulse Espacio para continuar.</translation>
    </message>
    <message>
        <source>Paused. Press Space to go on.</source>
        <translation>En pausa. Pulse Espacio para continuar.</translation>
    </message>
    <message>
        <source>Release slowly.</source>
        <translation>Suelte despacio.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Cambie de lado.</translation>
    </message>
    <message>
        <source>Switch sides: %1.</source>
        <translation>Cambie de lado: %1.</translation>
    </message>
    <message>
        <source>The stretch is stopped. Choose: %1.</source>
        <translation>El estiramiento se ha detenido. Elija: %1.</translation>
    </message>
    <message>
        <source>Warm up: %1, %2.</source>
        <comment>a stretch, then its length: &apos;Warm up: marching, 4:00.&apos;</comment>
        <translation>Calentamiento: %1, %2.</translation>
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
        <translation>%1 sigue la respiración; no tiene tiempo que ajustar.</translation>
    </message>
    <message>
        <source>%1 to %2 s for this stretch; %3 to %4 s is a good hold.</source>
        <translation>De %1 a %2 s en este estiramiento; de %3 a %4 s es un buen tiempo.</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>Tie&amp;mpo</translation>
    </message>
    <message>
        <source>&amp;Repetitions</source>
        <translation>&amp;Repeticiones</translation>
    </message>
    <message>
        <source>Choose a step to change it.</source>
        <translation>Elija un paso para cambiarlo.</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>S&amp;ides</source>
        <translation>Lado&amp;s</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
</context>
<context>
    <name>StepSides</name>
    <message>
        <source>Left only</source>
        <translation>Solo izquierda</translation>
    </message>
    <message>
        <source>Left, then right</source>
        <translation>Izquierda, luego derecha</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>Solo derecha</translation>
    </message>
    <message>
        <source>Right, then left</source>
        <translation>Derecha, luego izquierda</translation>
    </message>
</context>
<context>
    <name>StretchActions</name>
    <message>
        <source>%1 is used by %2, so it was not deleted. Take it out of those routines first.</source>
        <comment>a stretch&apos;s name, then the names of routines</comment>
        <translation>%1 se usa en %2, así que no se ha eliminado. Quítelo antes de esas rutinas.</translation>
    </message>
    <message>
        <source>%1 was not deleted:
%2</source>
        <comment>a stretch&apos;s name, then why</comment>
        <translation>No se ha eliminado %1:
%2</translation>
    </message>
    <message>
        <source>Change the chosen stretch of yours</source>
        <translation>Modificar su estiramiento elegido</translation>
    </message>
    <message>
        <source>Delete stretch</source>
        <translation>Eliminar estiramiento</translation>
    </message>
    <message>
        <source>Delete the chosen stretch of yours</source>
        <translation>Eliminar su estiramiento elegido</translation>
    </message>
    <message>
        <source>Delete your stretch %1?</source>
        <translation>¿Eliminar su estiramiento %1?</translation>
    </message>
    <message>
        <source>Dup&amp;licate stretch…</source>
        <translation>Dupli&amp;car estiramiento…</translation>
    </message>
    <message>
        <source>Edi&amp;t stretch…</source>
        <translation>Edi&amp;tar estiramiento…</translation>
    </message>
    <message>
        <source>Make a copy of the chosen stretch to change</source>
        <translation>Hacer una copia del estiramiento elegido para modificarla</translation>
    </message>
    <message>
        <source>Make a stretch of your own</source>
        <translation>Crear un estiramiento propio</translation>
    </message>
    <message>
        <source>New stret&amp;ch…</source>
        <translation>Nuevo &amp;estiramiento…</translation>
    </message>
</context>
<context>
    <name>StretchChecks</name>
    <message>
        <source>A flow has %1 to %2 breaths, each way %3 to %4 seconds.</source>
        <translation>Un estiramiento fluido tiene de %1 a %2 respiraciones, y tomar o soltar el aire dura de %3 a %4 segundos cada vez.</translation>
    </message>
    <message>
        <source>A flow has between %1 and %2 breaths, not %3.</source>
        <translation>Un estiramiento fluido tiene entre %1 y %2 respiraciones, no %3.</translation>
    </message>
    <message>
        <source>A stretch has at most %1 cautions, not %2.</source>
        <translation>Un estiramiento tiene como máximo %1 precauciones, no %2.</translation>
    </message>
    <message>
        <source>A stretch has at most %1 cues, not %2.</source>
        <translation>Un estiramiento tiene como máximo %1 indicaciones, no %2.</translation>
    </message>
    <message>
        <source>A stretch has at most %1 setup steps, not %2.</source>
        <translation>Un estiramiento tiene como máximo %1 pasos de colocación, no %2.</translation>
    </message>
    <message>
        <source>Add at least one caution.</source>
        <translation>Añada al menos una precaución.</translation>
    </message>
    <message>
        <source>Add at least one cue.</source>
        <translation>Añada al menos una indicación.</translation>
    </message>
    <message>
        <source>Add at least one setup step.</source>
        <translation>Añada al menos un paso de colocación.</translation>
    </message>
    <message numerus="yes">
        <source>An illustration has at most %n picture(s).</source>
        <translation>
            <numerusform>Una ilustración tiene como máximo %n imagen.</numerusform>
            <numerusform>Una ilustración tiene como máximo %n imágenes.</numerusform>
        </translation>
    </message>
    <message>
        <source>An illustration&apos;s pictures must all be of one figure.</source>
        <translation>Todas las imágenes de una ilustración deben ser de la misma figura.</translation>
    </message>
    <message>
        <source>Breathing in takes between %1 and %2 seconds, not %3.</source>
        <translation>Tomar aire dura entre %1 y %2 segundos, no %3.</translation>
    </message>
    <message>
        <source>Breathing out takes between %1 and %2 seconds, not %3.</source>
        <translation>Soltar el aire dura entre %1 y %2 segundos, no %3.</translation>
    </message>
    <message>
        <source>Choose an illustration.</source>
        <translation>Elija una ilustración.</translation>
    </message>
    <message>
        <source>Choose at least one area the stretch is for.</source>
        <translation>Elija al menos una zona que trabaje el estiramiento.</translation>
    </message>
    <message>
        <source>Give the stretch a name.</source>
        <translation>Ponga un nombre al estiramiento.</translation>
    </message>
    <message>
        <source>Say how to breathe during it.</source>
        <translation>Diga cómo respirar durante el estiramiento.</translation>
    </message>
    <message>
        <source>Say what the stretch should feel like.</source>
        <translation>Diga qué se debe notar en el estiramiento.</translation>
    </message>
    <message>
        <source>Say why it helps.</source>
        <translation>Diga por qué ayuda.</translation>
    </message>
    <message>
        <source>Supple has no picture named “%1”; choose one of its illustrations.</source>
        <translation>Supple no tiene ninguna imagen llamada «%1»; elija una de sus ilustraciones.</translation>
    </message>
    <message>
        <source>The activity&apos;s longest time must be between %1 and %2 seconds, not %3.</source>
        <translation>El tiempo máximo de la actividad debe estar entre %1 y %2 segundos, no %3.</translation>
    </message>
    <message>
        <source>The activity&apos;s shortest time must be between %1 and %2 seconds, not %3.</source>
        <translation>El tiempo mínimo de la actividad debe estar entre %1 y %2 segundos, no %3.</translation>
    </message>
    <message>
        <source>The activity&apos;s usual time must be between %1 and %2 seconds, not %3.</source>
        <translation>El tiempo habitual de la actividad debe estar entre %1 y %2 segundos, no %3.</translation>
    </message>
    <message>
        <source>The caution on line %1 is empty.</source>
        <translation>La precaución de la línea %1 está vacía.</translation>
    </message>
    <message>
        <source>The caution on line %1 is longer than %2 characters.</source>
        <translation>La precaución de la línea %1 tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>The cue on line %1 is empty.</source>
        <translation>La indicación de la línea %1 está vacía.</translation>
    </message>
    <message>
        <source>The cue on line %1 is longer than %2 characters.</source>
        <translation>La indicación de la línea %1 tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>The hold&apos;s longest time must be between %1 and %2 seconds, not %3.</source>
        <translation>El tiempo máximo de mantenimiento debe estar entre %1 y %2 segundos, no %3.</translation>
    </message>
    <message>
        <source>The hold&apos;s shortest time must be between %1 and %2 seconds, not %3.</source>
        <translation>El tiempo mínimo de mantenimiento debe estar entre %1 y %2 segundos, no %3.</translation>
    </message>
    <message>
        <source>The hold&apos;s usual time must be between %1 and %2 seconds, not %3.</source>
        <translation>El tiempo habitual de mantenimiento debe estar entre %1 y %2 segundos, no %3.</translation>
    </message>
    <message>
        <source>The setup step on line %1 is empty.</source>
        <translation>El paso de colocación de la línea %1 está vacío.</translation>
    </message>
    <message>
        <source>The setup step on line %1 is longer than %2 characters.</source>
        <translation>El paso de colocación de la línea %1 tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>The usual time, %1 seconds, must lie between the shortest (%2) and the longest (%3).</source>
        <translation>El tiempo habitual, %1 segundos, debe estar entre el mínimo (%2) y el máximo (%3).</translation>
    </message>
    <message>
        <source>“%1…” is longer than %2 characters.</source>
        <comment>the start of a text, then a number</comment>
        <translation>«%1…» tiene más de %2 caracteres.</translation>
    </message>
</context>
<context>
    <name>StretchEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without saving (Escape)</source>
        <translation>Cerrar sin guardar (Esc)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <comment>a stretch&apos;s name</comment>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>Nuevo estiramiento</translation>
    </message>
    <message>
        <source>Not saved:
%1</source>
        <translation>No se ha guardado:
%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo what was undone (Ctrl+Shift+Z)</source>
        <translation>Rehacer lo que se ha deshecho (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Save the stretch (Ctrl+S)</source>
        <translation>Guardar el estiramiento (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save your changes to %1 before closing?</source>
        <comment>a stretch&apos;s name</comment>
        <translation>¿Guardar los cambios de %1 antes de cerrar?</translation>
    </message>
    <message>
        <source>Save your changes to this stretch before closing?</source>
        <translation>¿Guardar los cambios de este estiramiento antes de cerrar?</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Deshacer el último cambio (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>StretchFields</name>
    <message>
        <source>Activity: timed, like a warm-up</source>
        <translation>Actividad: con tiempo, como un calentamiento</translation>
    </message>
    <message>
        <source>All fours</source>
        <translation>A cuatro patas</translation>
    </message>
    <message>
        <source>Flow: movement with the breath</source>
        <translation>Fluido: movimiento al ritmo de la respiración</translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation>Glúteos</translation>
    </message>
    <message>
        <source>Hips</source>
        <translation>Caderas</translation>
    </message>
    <message>
        <source>Hold: a still, timed stretch</source>
        <translation>Estático: estiramiento quieto, con tiempo</translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation>De rodillas</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Zona lumbar</translation>
    </message>
    <message>
        <source>Lying on back</source>
        <translation>Boca arriba</translation>
    </message>
    <message>
        <source>Piriformis</source>
        <translation>Piriforme</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Thighs</source>
        <translation>Muslos</translation>
    </message>
    <message>
        <source>Whole body</source>
        <translation>Todo el cuerpo</translation>
    </message>
</context>
<context>
    <name>StretchForm</name>
    <message>
        <source> breaths</source>
        <comment>after the number of breaths in a box</comment>
        <translation> respiraciones</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number of seconds in a box</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <comment>a one-sided stretch&apos;s sides in turn: &apos;Left leg, then right leg&apos;</comment>
        <translation>%1 y luego %2</translation>
    </message>
    <message>
        <source>&amp;Breaths</source>
        <translation>Respir&amp;aciones</translation>
    </message>
    <message>
        <source>&amp;Cues while holding</source>
        <translation>In&amp;dicaciones al mantener</translation>
    </message>
    <message>
        <source>&amp;Feel</source>
        <translation>&amp;Sensación</translation>
    </message>
    <message>
        <source>&amp;Illustration: the held position</source>
        <translation>&amp;Ilustración: la posición mantenida</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Longest</source>
        <translation>Má&amp;ximo</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;One side at a time (left, then right)</source>
        <translation>&amp;Un lado cada vez (izquierdo y luego derecho)</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Posición</translation>
    </message>
    <message>
        <source>&amp;Usual</source>
        <translation>&amp;Habitual</translation>
    </message>
    <message>
        <source>&amp;Why it helps</source>
        <translation>Por &amp;qué ayuda</translation>
    </message>
    <message>
        <source>Activity, in seconds</source>
        <translation>Actividad, en segundos</translation>
    </message>
    <message>
        <source>Add the caution at the end (Enter)</source>
        <translation>Añadir la precaución al final (Intro)</translation>
    </message>
    <message>
        <source>Add the cue at the end (Enter)</source>
        <translation>Añadir la indicación al final (Intro)</translation>
    </message>
    <message>
        <source>Add the setup step at the end (Enter)</source>
        <translation>Añadir el paso de colocación al final (Intro)</translation>
    </message>
    <message>
        <source>Areas it is for</source>
        <translation>Zonas que trabaja</translation>
    </message>
    <message>
        <source>B&amp;reathing</source>
        <translation>&amp;Respiración</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Tomar aire</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Soltar el aire</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Breathing pace</source>
        <translation>Ritmo de la respiración</translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation>Respiraciones</translation>
    </message>
    <message>
        <source>C&amp;autions</source>
        <translation>Pr&amp;ecauciones</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>Change one side at a time</source>
        <translation>Cambiar un lado cada vez</translation>
    </message>
    <message>
        <source>Change the areas</source>
        <translation>Cambiar las zonas</translation>
    </message>
    <message>
        <source>Change the breathing</source>
        <translation>Cambiar la respiración</translation>
    </message>
    <message>
        <source>Change the breathing pace</source>
        <translation>Cambiar el ritmo de la respiración</translation>
    </message>
    <message>
        <source>Change the cautions</source>
        <translation>Cambiar las precauciones</translation>
    </message>
    <message>
        <source>Change the cues</source>
        <translation>Cambiar las indicaciones</translation>
    </message>
    <message>
        <source>Change the feel</source>
        <translation>Cambiar la sensación</translation>
    </message>
    <message>
        <source>Change the kind</source>
        <translation>Cambiar el tipo</translation>
    </message>
    <message>
        <source>Change the name</source>
        <translation>Cambiar el nombre</translation>
    </message>
    <message>
        <source>Change the position</source>
        <translation>Cambiar la posición</translation>
    </message>
    <message>
        <source>Change the setup steps</source>
        <translation>Cambiar los pasos de colocación</translation>
    </message>
    <message>
        <source>Change the sides</source>
        <translation>Cambiar los lados</translation>
    </message>
    <message>
        <source>Change why it helps</source>
        <translation>Cambiar por qué ayuda</translation>
    </message>
    <message>
        <source>Choose the illustration</source>
        <translation>Elegir la ilustración</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <source>Each between %1 and %2 seconds.</source>
        <translation>Cada uno, entre %1 y %2 segundos.</translation>
    </message>
    <message>
        <source>Each between %1 and %2 seconds; %3 to %4 is a good hold.</source>
        <translation>Cada uno, entre %1 y %2 segundos; de %3 a %4 es un buen tiempo.</translation>
    </message>
    <message>
        <source>Feel</source>
        <translation>Sensación</translation>
    </message>
    <message>
        <source>Hold, in seconds</source>
        <translation>Mantenimiento, en segundos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>New caution</source>
        <translation>Nueva precaución</translation>
    </message>
    <message>
        <source>New cue</source>
        <translation>Nueva indicación</translation>
    </message>
    <message>
        <source>New setup step</source>
        <translation>Nuevo paso de colocación</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Remove the chosen caution (Delete)</source>
        <translation>Quitar la precaución elegida (Supr)</translation>
    </message>
    <message>
        <source>Remove the chosen cue (Delete)</source>
        <translation>Quitar la indicación elegida (Supr)</translation>
    </message>
    <message>
        <source>Remove the chosen setup step (Delete)</source>
        <translation>Quitar el paso de colocación elegido (Supr)</translation>
    </message>
    <message>
        <source>S&amp;etup steps, in order</source>
        <translation>Pasos de &amp;colocación, en orden</translation>
    </message>
    <message>
        <source>S&amp;hortest</source>
        <translation>&amp;Mínimo</translation>
    </message>
    <message>
        <source>Set the longest time to %1 s</source>
        <translation>Fijar el tiempo máximo en %1 s</translation>
    </message>
    <message>
        <source>Set the shortest time to %1 s</source>
        <translation>Fijar el tiempo mínimo en %1 s</translation>
    </message>
    <message>
        <source>Set the usual time to %1 s</source>
        <translation>Fijar el tiempo habitual en %1 s</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>Pasos de colocación</translation>
    </message>
    <message>
        <source>Si&amp;des</source>
        <translation>&amp;Lados</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>Type a caution, then Enter</source>
        <translation>Escriba una precaución y pulse Intro</translation>
    </message>
    <message>
        <source>Type a cue, then Enter</source>
        <translation>Escriba una indicación y pulse Intro</translation>
    </message>
    <message>
        <source>Type a setup step, then Enter</source>
        <translation>Escriba un paso de colocación y pulse Intro</translation>
    </message>
    <message>
        <source>Why it helps</source>
        <translation>Por qué ayuda</translation>
    </message>
</context>
<context>
    <name>StretchPicker</name>
    <message>
        <source>%1 (yours)</source>
        <comment>a stretch of the person&apos;s own, in the list</comment>
        <translation>%1 (suyo)</translation>
    </message>
    <message>
        <source>Find a stretch</source>
        <translation>Buscar un estiramiento</translation>
    </message>
    <message>
        <source>Stretches to add</source>
        <translation>Estiramientos para añadir</translation>
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
        <translation>No hay ninguna rutina llamada «%1».</translation>
    </message>
    <message>
        <source>Your routine goes on here. Click the icon to bring the window back.</source>
        <translation>Su rutina continúa aquí. Haga clic en el icono para volver a mostrar la ventana.</translation>
    </message>
</context>
<context>
    <name>TextListEdit</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>F2 edits a line, Alt+Up and Alt+Down move it, Delete removes it</source>
        <translation>F2 edita una línea, Alt+Arriba y Alt+Abajo la mueven, Supr la elimina</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Hide Supple</source>
        <translation>Ocultar Supple</translation>
    </message>
    <message>
        <source>Show Supple</source>
        <translation>Mostrar Supple</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>&amp;Bring the mini timer forward</source>
        <translation>&amp;Traer el minitemporizador al frente</translation>
    </message>
    <message>
        <source>Pause reminders for 1 hour</source>
        <translation>Pausar los recordatorios 1 hora</translation>
    </message>
    <message>
        <source>Pause reminders until tomorrow</source>
        <translation>Pausar los recordatorios hasta mañana</translation>
    </message>
    <message>
        <source>Quit Supple</source>
        <translation>Salir de Supple</translation>
    </message>
    <message numerus="yes">
        <source>Remind me in %n min</source>
        <translation>
            <numerusform>Recordármelo en %n min</numerusform>
            <numerusform>Recordármelo en %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Reanudar los recordatorios</translation>
    </message>
    <message>
        <source>Show Supple</source>
        <translation>Mostrar Supple</translation>
    </message>
    <message>
        <source>Start a routine</source>
        <translation>Empezar una rutina</translation>
    </message>
</context>
<context>
    <name>Trouble</name>
    <message>
        <source>Chimes and voice stopped responding, so the routine goes on silently.</source>
        <translation>Los tonos y la voz han dejado de responder, así que la rutina continúa en silencio.</translation>
    </message>
    <message>
        <source>The chimes stopped playing, so the routine goes on silently.</source>
        <translation>Los tonos han dejado de sonar, así que la rutina continúa en silencio.</translation>
    </message>
    <message>
        <source>The chimes stopped playing, so the routine goes on with the voice only.</source>
        <translation>Los tonos han dejado de sonar, así que la rutina continúa solo con la voz.</translation>
    </message>
    <message>
        <source>The voice stopped responding, so the routine goes on silently.</source>
        <translation>La voz ha dejado de responder, así que la rutina continúa en silencio.</translation>
    </message>
    <message>
        <source>The voice stopped responding, so the routine goes on with chimes only.</source>
        <translation>La voz ha dejado de responder, así que la rutina continúa solo con los tonos.</translation>
    </message>
</context>
<context>
    <name>UserFiles</name>
    <message>
        <source>&apos;%1&apos; is used by %2; take it out of those routines first</source>
        <comment>%2: routines&apos; names</comment>
        <translation>«%1» se usa en %2; quítelo antes de esas rutinas</translation>
    </message>
    <message>
        <source>a built-in routine is never changed; save a copy</source>
        <translation>una rutina integrada nunca se modifica; guarde una copia</translation>
    </message>
    <message>
        <source>a built-in stretch is never changed; duplicate it</source>
        <translation>un estiramiento integrado nunca se modifica; duplíquelo</translation>
    </message>
    <message>
        <source>a built-in stretch is never deleted</source>
        <translation>un estiramiento integrado nunca se elimina</translation>
    </message>
    <message>
        <source>holds no routine &apos;%1&apos; to delete</source>
        <translation>no contiene ninguna rutina «%1» que eliminar</translation>
    </message>
    <message>
        <source>holds no stretch &apos;%1&apos; to delete</source>
        <translation>no contiene ningún estiramiento «%1» que eliminar</translation>
    </message>
    <message>
        <source>is not a catalogue</source>
        <translation>no es un catálogo</translation>
    </message>
</context>
<context>
    <name>VoiceLanguage</name>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>No %1 voice is installed, so the voice speaks %2.</source>
        <comment>%1 and %2: languages, &apos;German&apos;, &apos;English&apos;</comment>
        <translation>No hay ninguna voz en %1 instalada, así que la voz habla en %2.</translation>
    </message>
    <message>
        <source>No %1 voice is installed, so the voice speaks the speech engine&apos;s own language.</source>
        <comment>%1: a language, &apos;German&apos;</comment>
        <translation>No hay ninguna voz en %1 instalada, así que la voz habla en el idioma propio del motor de voz.</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>%1 %2</source>
        <comment>minutes, then seconds: &apos;4 minutes 55 seconds&apos;</comment>
        <translation>%1 y %2</translation>
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
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>? min</source>
        <translation>? min</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>En el escritorio</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <source>Back and glutes</source>
        <translation>Espalda y glúteos</translation>
    </message>
    <message>
        <source>Exhale</source>
        <translation>Suelte el aire</translation>
    </message>
    <message>
        <source>Flow with your breath</source>
        <translation>Muévase al respirar</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>Colóquese</translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation>Glúteos</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantenga</translation>
    </message>
    <message>
        <source>Inhale</source>
        <translation>Tome aire</translation>
    </message>
    <message>
        <source>Next up</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>En el suelo</translation>
    </message>
    <message>
        <source>Release slowly</source>
        <translation>Suelte despacio</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambie de lado</translation>
    </message>
    <message>
        <source>Time stretching</source>
        <translation>Tiempo de estiramiento</translation>
    </message>
    <message>
        <source>Time stretching: %1</source>
        <translation>Tiempo de estiramiento: %1</translation>
    </message>
    <message>
        <source>Warm up</source>
        <translation>Calentamiento</translation>
    </message>
</context>
<context>
    <name>WorkerOutput</name>
    <message>
        <source>Chimes are off: the sound system stopped responding ({why}).</source>
        <translation>Tonos desactivados: el sistema de sonido ha dejado de responder ({why}).</translation>
    </message>
    <message>
        <source>The voice is off: the speech engine stopped responding ({why}).</source>
        <translation>Voz desactivada: el motor de voz ha dejado de responder ({why}).</translation>
    </message>
</context>
</TS>
