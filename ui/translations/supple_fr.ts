<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Abilities</name>
    <message>
        <source>Windows last input</source>
        <translation>dernière saisie sous Windows</translation>
    </message>
    <message>
        <source>Windows notification state</source>
        <translation>état des notifications de Windows</translation>
    </message>
    <message>
        <source>X11 full-screen window</source>
        <translation>fenêtre plein écran X11</translation>
    </message>
    <message>
        <source>X11 screen saver extension</source>
        <translation>extension d’économiseur d’écran X11</translation>
    </message>
    <message>
        <source>an app keeping the screen awake</source>
        <translation>une application qui garde l’écran allumé</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>mode Ne pas déranger</translation>
    </message>
    <message>
        <source>full screen</source>
        <translation>plein écran</translation>
    </message>
    <message>
        <source>macOS input events</source>
        <translation>événements de saisie de macOS</translation>
    </message>
    <message>
        <source>screen locked</source>
        <translation>écran verrouillé</translation>
    </message>
</context>
<context>
    <name>Announce</name>
    <message>
        <source>%1. Get into position slowly, only as far as a light stretch.</source>
        <translation>%1. Mettez-vous en position lentement, jusqu&apos;à une légère tension seulement.</translation>
    </message>
    <message>
        <source>%1. Get into position.</source>
        <comment>a stretch and its side, then what to do</comment>
        <translation>%1. Mettez-vous en position.</translation>
    </message>
    <message>
        <source>%1. Start gently.</source>
        <comment>a warm-up&apos;s name, then how</comment>
        <translation>%1. Commencez en douceur.</translation>
    </message>
    <message>
        <source>%1. Take it easy.</source>
        <comment>a warm-up&apos;s name, then how</comment>
        <translation>%1. Allez-y tranquillement.</translation>
    </message>
    <message>
        <source>Exhale.</source>
        <translation>Expirez.</translation>
    </message>
    <message>
        <source>Flow with your breath, moving only a little. %1</source>
        <comment>%1: &apos;Inhale.&apos;</comment>
        <translation>Bougez au rythme du souffle, juste un peu. %1</translation>
    </message>
    <message>
        <source>Flow with your breath. %1</source>
        <comment>%1: &apos;Inhale.&apos; or &apos;Exhale.&apos;</comment>
        <translation>Bougez au rythme du souffle. %1</translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation>Vous êtes à mi-parcours.</translation>
    </message>
    <message>
        <source>Hold gently, only to a light stretch, and ease out if it hurts. Breathe slowly.</source>
        <translation>Tenez doucement, jusqu&apos;à une légère tension seulement, et sortez de l&apos;étirement si vous avez mal. Respirez lentement.</translation>
    </message>
    <message>
        <source>Hold. Breathe slowly.</source>
        <translation>Tenez. Respirez lentement.</translation>
    </message>
    <message>
        <source>Inhale.</source>
        <translation>Inspirez.</translation>
    </message>
    <message>
        <source>Last few seconds.</source>
        <translation>Encore quelques secondes.</translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <comment>the next stretch</comment>
        <translation>Ensuite&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Release slowly. Ease out and rest.</source>
        <translation>Relâchez lentement. Sortez de l&apos;étirement et reposez-vous.</translation>
    </message>
    <message>
        <source>Release slowly. Next: %1.</source>
        <translation>Relâchez lentement. Ensuite&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Routine complete. Well done.</source>
        <translation>Routine terminée. Bravo.</translation>
    </message>
    <message>
        <source>Switch sides, slowly, only as far as a light stretch.</source>
        <translation>Changez de côté, lentement, jusqu&apos;à une légère tension seulement.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Changez de côté.</translation>
    </message>
    <message>
        <source>Switch to the %1, slowly, only as far as a light stretch.</source>
        <translation>Changez de côté&#xa0;: %1. Allez-y lentement, jusqu&apos;à une légère tension seulement.</translation>
    </message>
    <message>
        <source>Switch to the %1.</source>
        <comment>a side: &apos;Switch to the right leg.&apos;</comment>
        <translation>Changez de côté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Switch to the right leg. Hold, and breathe slowly.</source>
        <translation>Passez à la jambe droite. Tenez, et respirez lentement.</translation>
    </message>
    <message>
        <source>To go on gently, with a shorter and lighter hold, press %1. To skip this stretch, press %2.</source>
        <comment>%1 and %2: keys, &apos;the space bar&apos;</comment>
        <translation>Pour continuer en douceur, avec un maintien plus court et plus léger, appuyez sur %1. Pour passer cet étirement, appuyez sur %2.</translation>
    </message>
    <message>
        <source>the left arrow</source>
        <translation>la flèche gauche</translation>
    </message>
    <message>
        <source>the right arrow</source>
        <translation>la flèche droite</translation>
    </message>
    <message>
        <source>the space bar</source>
        <translation>la barre d&apos;espace</translation>
    </message>
</context>
<context>
    <name>AudioNotice</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Start the sound and voice again</source>
        <translation>Relancer le son et la voix</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message numerus="yes">
        <source>%1: %n min</source>
        <comment>a day, then the minutes stretched on it</comment>
        <translation>
            <numerusform>%1&#xa0;: %n min</numerusform>
            <numerusform>%1&#xa0;: %n min</numerusform>
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
            <numerusform>%1&#xa0;: %n problème</numerusform>
            <numerusform>%1&#xa0;: %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: added %2</source>
        <translation>%1&#xa0;: ajout de %2</translation>
    </message>
    <message>
        <source>%1: added no routines</source>
        <translation>%1&#xa0;: aucune routine ajoutée</translation>
    </message>
    <message numerus="yes">
        <source>%1: more than %n problems; the first %n are listed</source>
        <translation>
            <numerusform>%1&#xa0;: plus de %n problème&#xa0;; le premier est affiché</numerusform>
            <numerusform>%1&#xa0;: plus de %n problèmes&#xa0;; les %n premiers sont affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid (%2 stretches, %3 routines)</source>
        <translation>%1&#xa0;: valide (%2 étirements, %3 routines)</translation>
    </message>
    <message>
        <source>%1: written (%2); `supple import %1` adds it elsewhere</source>
        <translation>%1&#xa0;: écrit (%2)&#xa0;; `supple import %1` l’ajoute ailleurs</translation>
    </message>
    <message>
        <source>AREA</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>Guided stretch breaks for your lower back and glutes.</source>
        <translation>Pauses d’étirement guidées pour le bas du dos et les fessiers.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>STRETCHES</source>
        <translation>ÉTIREMENTS</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>Total: %1 (%2 s)</source>
        <translation>Total&#xa0;: %1 (%2 s)</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>LIEU</translation>
    </message>
    <message>
        <source>add Supple to your application menu (Linux)</source>
        <translation>ajouter Supple au menu des applications (Linux)</translation>
    </message>
    <message>
        <source>add the routines of a shared file to your own</source>
        <translation>ajouter à vos routines celles d’un fichier partagé</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>bureau</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>sol</translation>
    </message>
    <message>
        <source>list the routines</source>
        <translation>lister les routines</translation>
    </message>
    <message>
        <source>print a routine&apos;s phases with their timing</source>
        <translation>afficher les phases d’une routine et leur durée</translation>
    </message>
    <message>
        <source>quit when the routine completes</source>
        <translation>quitter à la fin de la routine</translation>
    </message>
    <message>
        <source>remove what install-desktop added</source>
        <translation>retirer ce qu’a ajouté install-desktop</translation>
    </message>
    <message>
        <source>run time faster (demos, tests)</source>
        <translation>accélérer le temps (démonstrations, tests)</translation>
    </message>
    <message>
        <source>show the small always-on-top timer</source>
        <translation>afficher le petit minuteur toujours au premier plan</translation>
    </message>
    <message>
        <source>start this routine at once</source>
        <translation>lancer cette routine immédiatement</translation>
    </message>
    <message>
        <source>start with no window: only the tray icon and the stretch reminders (login uses this)</source>
        <translation>démarrer sans fenêtre&#xa0;: seulement l’icône de la zone de notification et les rappels d’étirement (utilisé à l’ouverture de session)</translation>
    </message>
    <message>
        <source>supple: %1: cannot be written: %2</source>
        <translation>supple&#xa0;: %1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>supple: no routine &apos;%1&apos;</source>
        <translation>supple&#xa0;: routine «&#xa0;%1&#xa0;» introuvable</translation>
    </message>
    <message>
        <source>supple: no routine &apos;%1&apos;. Known routines: %2</source>
        <translation>supple&#xa0;: routine «&#xa0;%1&#xa0;» introuvable. Routines connues&#xa0;: %2</translation>
    </message>
    <message>
        <source>supple: the built-in catalogue cannot be used:
%1</source>
        <translation>supple&#xa0;: le catalogue intégré est inutilisable&#xa0;:
%1</translation>
    </message>
    <message>
        <source>the language of the words and the catalogue: en, de, fr, es (or en-XA)</source>
        <translation>la langue des textes et du catalogue&#xa0;: en, de, fr, es (ou en-XA)</translation>
    </message>
    <message>
        <source>the speed must be above 0 and at most 1000</source>
        <translation>la vitesse doit être supérieure à 0 et inférieure ou égale à 1000</translation>
    </message>
    <message>
        <source>validate a catalogue file, or the catalogue&apos;s translations and what they miss</source>
        <translation>vérifier un fichier de catalogue, ou les traductions du catalogue et ce qui leur manque</translation>
    </message>
    <message>
        <source>write one of your routines to a file you can share</source>
        <translation>écrire une de vos routines dans un fichier à partager</translation>
    </message>
</context>
<context>
    <name>CliCheck</name>
    <message>
        <source>  missing: %1</source>
        <translation>  manquant&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n problem(s); those texts are shown in English</source>
        <translation>
            <numerusform>%1 (%2)&#xa0;: %n problème&#xa0;; les textes concernés s’affichent en anglais</numerusform>
            <numerusform>%1 (%2)&#xa0;: %n problèmes&#xa0;; les textes concernés s’affichent en anglais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): valid; %n text(s) missing, shown in English</source>
        <translation>
            <numerusform>%1 (%2)&#xa0;: valide&#xa0;; %n texte manquant, affiché en anglais</numerusform>
            <numerusform>%1 (%2)&#xa0;: valide&#xa0;; %n textes manquants, affichés en anglais</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): valid; every text is translated</source>
        <translation>%1 (%2)&#xa0;: valide&#xa0;; tous les textes sont traduits</translation>
    </message>
    <message>
        <source>%1: the translations for &apos;%2&apos; are not used: Supple has no such language</source>
        <translation>%1&#xa0;: les traductions pour «&#xa0;%2&#xa0;» ne sont pas utilisées&#xa0;: Supple ne connaît pas cette langue</translation>
    </message>
    <message>
        <source>en-XA: the test language is made from the English texts; there is nothing to check</source>
        <translation>en-XA&#xa0;: la langue de test est produite à partir des textes anglais&#xa0;; il n’y a rien à vérifier</translation>
    </message>
    <message>
        <source>en: the catalogue is written in English; there is nothing to translate</source>
        <translation>en&#xa0;: le catalogue est écrit en anglais&#xa0;; il n’y a rien à traduire</translation>
    </message>
    <message>
        <source>supple: the built-in catalogue cannot be used:
%1</source>
        <translation>supple&#xa0;: le catalogue intégré est inutilisable&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>%1 (my copy)</source>
        <comment>the name of a copy of a routine or stretch</comment>
        <translation>%1 (ma copie)</translation>
    </message>
    <message>
        <source>%1 is held for %2 to %3 seconds, not %4.</source>
        <comment>a stretch&apos;s name, then seconds</comment>
        <translation>%1 se tient entre %2 et %3 secondes, et non %4.</translation>
    </message>
    <message>
        <source>%1 is not a timed hold.</source>
        <translation>%1 n’est pas un maintien minuté.</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>%1 %2 of %3</source>
        <comment>day of the week, breaks taken of reminders shown</comment>
        <translation>%1 %2 sur %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3), during %4</source>
        <comment>date: stretch (side), during routine</comment>
        <translation>%1&#xa0;: %2 (%3), pendant «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2, during %4</source>
        <comment>date: stretch, during routine</comment>
        <translation>%1&#xa0;: %2, pendant «&#xa0;%4&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>tenu %n fois</numerusform>
            <numerusform>tenu %n fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best streak: %n day(s)</source>
        <translation>
            <numerusform>Meilleure série&#xa0;: %n jour</numerusform>
            <numerusform>Meilleure série&#xa0;: %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %n day(s)</source>
        <translation>
            <numerusform>Série en cours&#xa0;: %n jour</numerusform>
            <numerusform>Série en cours&#xa0;: %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminders this week.</source>
        <translation>Aucun rappel cette semaine.</translation>
    </message>
    <message>
        <source>No sharp pain reported.</source>
        <translation>Aucune douleur vive signalée.</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Rien pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier</source>
        <translation>
            <numerusform>et %n signalement plus ancien</numerusform>
            <numerusform>et %n signalements plus anciens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Me rappeler</translation>
    </message>
    <message numerus="yes">
        <source>Supple can remind you to stretch after %n minute(s) at the keyboard. It waits while you are away, in full screen or in do-not-disturb, and you can snooze or skip each reminder. Remind you?</source>
        <translation>
            <numerusform>Supple peut vous rappeler de vous étirer après %n minute passée au clavier. Il attend pendant vos absences, quand vous êtes en plein écran ou en mode Ne pas déranger, et vous pouvez reporter ou ignorer chaque rappel. Activer les rappels&#xa0;?</numerusform>
            <numerusform>Supple peut vous rappeler de vous étirer après %n minutes passées au clavier. Il attend pendant vos absences, quand vous êtes en plein écran ou en mode Ne pas déranger, et vous pouvez reporter ou ignorer chaque rappel. Activer les rappels&#xa0;?</numerusform>
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
        <translation>Continuer en douceur, ou passer</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Routine complete</source>
        <translation>Routine terminée</translation>
    </message>
    <message>
        <source>Routine stopped</source>
        <translation>Routine arrêtée</translation>
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
        <translation>il est endommagé</translation>
    </message>
    <message>
        <source>it is in use by another program (it is locked)</source>
        <translation>il est utilisé par un autre programme (il est verrouillé)</translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation>il est en lecture seule</translation>
    </message>
    <message>
        <source>permission is denied</source>
        <translation>l’accès est refusé</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>History is off: %1 %2. Sessions are not recorded until this is sorted out.</source>
        <comment>%1: the file, %2: why (&apos;could not be made&apos;)</comment>
        <translation>L’historique est désactivé&#xa0;: %1 %2. Les séances ne seront pas enregistrées tant que ce problème n’est pas résolu.</translation>
    </message>
    <message>
        <source>History is off: %1 %2. The file was left as it is; sessions are not recorded until this is sorted out.</source>
        <comment>%1: the file, %2: why (&apos;is damaged&apos;)</comment>
        <translation>L’historique est désactivé&#xa0;: %1 %2. Le fichier a été laissé tel quel&#xa0;; les séances ne seront pas enregistrées tant que ce problème n’est pas résolu.</translation>
    </message>
    <message>
        <source>cannot be opened (%1)</source>
        <translation>ne peut pas être ouvert (%1)</translation>
    </message>
    <message>
        <source>cannot be used (%1)</source>
        <translation>n’est pas utilisable (%1)</translation>
    </message>
    <message>
        <source>cannot be written: the disk is full (%1)</source>
        <translation>ne peut pas être écrit&#xa0;: le disque est plein (%1)</translation>
    </message>
    <message>
        <source>is another program&apos;s database, not a Supple history</source>
        <translation>est la base de données d’un autre programme, pas un historique de Supple</translation>
    </message>
    <message>
        <source>is damaged (%1)</source>
        <translation>est endommagé (%1)</translation>
    </message>
    <message>
        <source>is damaged, or is not a database at all (its first bytes are not SQLite&apos;s)</source>
        <translation>est endommagé, ou n’est pas du tout une base de données (ses premiers octets ne sont pas ceux de SQLite)</translation>
    </message>
    <message>
        <source>is in a read-only folder (%1), so no session can be kept in it</source>
        <translation>se trouve dans un dossier en lecture seule (%1)&#xa0;: aucune séance ne peut y être enregistrée</translation>
    </message>
    <message>
        <source>is in use by another program (it is locked) (%1)</source>
        <translation>est utilisé par un autre programme (il est verrouillé) (%1)</translation>
    </message>
    <message>
        <source>is not an ordinary file (a folder, a named pipe or a device)</source>
        <translation>n’est pas un fichier ordinaire (un dossier, un tube nommé ou un périphérique)</translation>
    </message>
    <message>
        <source>is read-only, so no session can be kept in it</source>
        <translation>est en lecture seule&#xa0;: aucune séance ne peut y être enregistrée</translation>
    </message>
    <message>
        <source>is read-only, so no session can be kept in it (%1)</source>
        <translation>est en lecture seule&#xa0;: aucune séance ne peut y être enregistrée (%1)</translation>
    </message>
    <message>
        <source>was made by a newer Supple (%1)</source>
        <comment>the versions, as the system says them</comment>
        <translation>a été créé par une version plus récente de Supple (%1)</translation>
    </message>
    <message>
        <source>was not opened</source>
        <translation>n’a pas été ouvert</translation>
    </message>
</context>
<context>
    <name>HoldTimer</name>
    <message>
        <source>Hold timer. Space pauses or goes on.</source>
        <translation>Minuteur de maintien. La touche Espace met en pause ou reprend.</translation>
    </message>
</context>
<context>
    <name>ImportIds</name>
    <message>
        <source>A different stretch called &apos;%1&apos; already exists; this file&apos;s will be &apos;%2&apos;.</source>
        <translation>Un autre étirement nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;; celui de ce fichier s’appellera «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>A routine called &apos;%1&apos; already exists. Import it as &apos;%2&apos;?</source>
        <translation>Une routine nommée «&#xa0;%1&#xa0;» existe déjà. L’importer sous le nom «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Import the file with the new id(s) above?</source>
        <translation>
            <numerusform>Importer le fichier avec le nouvel identifiant ci-dessus&#xa0;?</numerusform>
            <numerusform>Importer le fichier avec les nouveaux identifiants ci-dessus&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Instructions</name>
    <message>
        <source>Breathing</source>
        <translation>Respiration</translation>
    </message>
    <message>
        <source>Careful</source>
        <translation>Précautions</translation>
    </message>
    <message>
        <source>Come out slowly, undoing the way you went in, one part at a time.</source>
        <translation>Sortez lentement, en refaisant le chemin inverse, une partie du corps à la fois.</translation>
    </message>
    <message>
        <source>Easing out</source>
        <translation>Sortie de l’étirement</translation>
    </message>
    <message>
        <source>Form</source>
        <comment>how to hold the body well</comment>
        <translation>Points clés</translation>
    </message>
    <message>
        <source>Getting into position</source>
        <translation>Mise en position</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Comment faire</translation>
    </message>
    <message>
        <source>If the pain stays while you rest, stop the routine and ask a health professional.</source>
        <translation>Si la douleur persiste au repos, arrêtez la routine et consultez un professionnel de santé.</translation>
    </message>
    <message>
        <source>Rest in a position that feels comfortable, and breathe easily.</source>
        <translation>Reposez-vous dans une position confortable et respirez tranquillement.</translation>
    </message>
    <message>
        <source>Stop pushing into the stretch and let the pull go.</source>
        <translation>Cessez d’accentuer l’étirement et laissez la tension se relâcher.</translation>
    </message>
    <message>
        <source>You should feel</source>
        <translation>Ce que vous devriez sentir</translation>
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
        <translation>%1&#xa0;: le côté gauche, et le côté droit dessiné en miroir.</translation>
    </message>
    <message>
        <source>Choose the picture of the held position.</source>
        <translation>Choisissez l’image de la position tenue.</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Illustration</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <comment>a picture&apos;s name</comment>
        <translation>Aperçu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Keyframes</name>
    <message>
        <source>Cat-cow, back dipped (cow)</source>
        <translation>Chat-vache, dos creux (vache)</translation>
    </message>
    <message>
        <source>Cat-cow, back rounded (cat)</source>
        <translation>Chat-vache, dos rond (chat)</translation>
    </message>
    <message>
        <source>Child&apos;s pose, folded forward</source>
        <translation>Posture de l’enfant, replié vers l’avant</translation>
    </message>
    <message>
        <source>Child&apos;s pose, on all fours</source>
        <translation>Posture de l’enfant, à quatre pattes</translation>
    </message>
    <message>
        <source>Figure four, feet down</source>
        <translation>Figure quatre, pieds au sol</translation>
    </message>
    <message>
        <source>Figure four, legs crossed</source>
        <translation>Figure quatre, jambes croisées</translation>
    </message>
    <message>
        <source>Figure four, legs drawn in</source>
        <translation>Figure quatre, jambes ramenées</translation>
    </message>
    <message>
        <source>Knee to chest, knee drawn in</source>
        <translation>Genou vers la poitrine, genou ramené</translation>
    </message>
    <message>
        <source>Knee to chest, starting position</source>
        <translation>Genou vers la poitrine, position de départ</translation>
    </message>
    <message>
        <source>March in place, left knee up</source>
        <translation>Marche sur place, genou gauche levé</translation>
    </message>
    <message>
        <source>March in place, right knee up</source>
        <translation>Marche sur place, genou droit levé</translation>
    </message>
    <message>
        <source>Seated glute stretch, feet down</source>
        <translation>Étirement des fessiers assis, pieds au sol</translation>
    </message>
    <message>
        <source>Seated glute stretch, leaning forward</source>
        <translation>Étirement des fessiers assis, penché en avant</translation>
    </message>
    <message>
        <source>Seated glute stretch, sitting upright</source>
        <translation>Étirement des fessiers assis, buste droit</translation>
    </message>
</context>
<context>
    <name>MainForm</name>
    <message>
        <source>A small timer that stays on top of your work (M)</source>
        <translation>Un petit minuteur qui reste au-dessus de votre travail (M)</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>go back to the previous stretch (a button), not the body part</comment>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Retour aux routines</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Choisissez une routine</translation>
    </message>
    <message>
        <source>Do it again</source>
        <translation>Refaire</translation>
    </message>
    <message>
        <source>End the routine (Esc)</source>
        <translation>Terminer la routine (Esc)</translation>
    </message>
    <message>
        <source>Go on gently</source>
        <translation>Continuer en douceur</translation>
    </message>
    <message>
        <source>Mini timer</source>
        <translation>Mini-minuteur</translation>
    </message>
    <message>
        <source>Minutes per day, streaks and pain reports (Ctrl+H)</source>
        <translation>Minutes par jour, séries et signalements de douleur (Ctrl+H)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Mettre en pause ou reprendre (Espace)</translation>
    </message>
    <message>
        <source>Pose</source>
        <translation>Posture</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Restart this stretch (R)</source>
        <translation>Recommencer cet étirement (R)</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>Progression de la routine</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Sharp pain</source>
        <translation>Douleur vive</translation>
    </message>
    <message>
        <source>Sharp pain: stop this stretch now and ease out slowly (P)</source>
        <translation>Douleur vive&#xa0;: arrêtez cet étirement tout de suite et sortez-en lentement (P)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip ahead (Right arrow)</source>
        <translation>Passer à la suite (flèche droite)</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip this stretch (Right arrow)</source>
        <translation>Passer cet étirement (flèche droite)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start the selected routine (Enter or Space)</source>
        <translation>Démarrer la routine choisie (Enter ou Espace)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Timings, theme, chimes and voice (Ctrl+,)</source>
        <translation>Durées, thème, sons et voix (Ctrl+,)</translation>
    </message>
    <message>
        <source>To the previous stretch (Left arrow)</source>
        <translation>Revenir à l’étirement précédent (flèche gauche)</translation>
    </message>
    <message>
        <source>Try this stretch again, more gently (Space)</source>
        <translation>Refaire cet étirement, plus doucement (Espace)</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Votre progression</translation>
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
        <translation>%1&#xa0;: illustration</translation>
    </message>
    <message>
        <source>Mini timer</source>
        <translation>Mini-minuteur</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Start, pause or resume</source>
        <translation>Démarrer, mettre en pause ou reprendre</translation>
    </message>
    <message>
        <source>Stop the routine?</source>
        <translation>Arrêter la routine&#xa0;?</translation>
    </message>
    <message>
        <source>Stop this routine now? What you have done so far is kept.</source>
        <translation>Arrêter cette routine maintenant&#xa0;? Ce que vous avez déjà fait est conservé.</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Votre progression</translation>
    </message>
    <message>
        <source>Your progress opens when this routine ends, so the timer stays in view.</source>
        <translation>Votre progression s’ouvrira à la fin de cette routine, pour que le minuteur reste visible.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>... and %n more (see the details).</source>
        <translation>
            <numerusform>... et %n autre (voir les détails).</numerusform>
            <numerusform>... et %n autres (voir les détails).</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of your files could not be used:

%1</source>
        <translation>Certains de vos fichiers n’ont pas pu être utilisés&#xa0;:

%1</translation>
    </message>
</context>
<context>
    <name>MiniCommands</name>
    <message>
        <source>%1%</source>
        <comment>an opacity</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Back to the main window</source>
        <translation>Retour à la fenêtre principale</translation>
    </message>
    <message>
        <source>How to keep it on top</source>
        <translation>Comment le garder au premier plan</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <source>Opacity (not available here)</source>
        <translation>Opacité (indisponible ici)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Détacher</translation>
    </message>
</context>
<context>
    <name>MiniFace</name>
    <message>
        <source>%1: illustration</source>
        <comment>a stretch&apos;s name</comment>
        <translation>%1&#xa0;: illustration</translation>
    </message>
    <message>
        <source>Back to the main window</source>
        <translation>Retour à la fenêtre principale</translation>
    </message>
    <message>
        <source>Open Supple</source>
        <translation>Ouvrir Supple</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Sharp pain</source>
        <translation>Douleur vive</translation>
    </message>
    <message>
        <source>Skip ahead</source>
        <translation>Passer</translation>
    </message>
</context>
<context>
    <name>MiniTimer</name>
    <message>
        <source>Supple runs here as a native Wayland window, and Wayland does not let a window keep itself above the others, so the mini timer can end up behind your work.

To pin it yourself: on GNOME, click the mini timer, press Alt+Space and choose &quot;Always on Top&quot;; on KDE Plasma, press Alt+F3 and choose More Actions, then &quot;Keep Above Others&quot;. &quot;Bring the mini timer forward&quot; in the tray menu puts it back in front.

To have it stay on top by itself where the desktop has XWayland, choose &quot;Through XWayland&quot; in Settings, Appearance, and start Supple again (unless you set QT_QPA_PLATFORM yourself: Supple then leaves it as it is).</source>
        <extracomment>&quot;Always on Top&quot;, &quot;More Actions&quot; and &quot;Keep Above Others&quot; are GNOME&apos;s and KDE&apos;s own menu words: use theirs in your language. &quot;Through XWayland&quot; and &quot;Settings, Appearance&quot; are Supple&apos;s own.</extracomment>
        <translation>Supple fonctionne ici comme une fenêtre Wayland native, et Wayland ne permet pas à une fenêtre de rester d’elle-même au-dessus des autres&#xa0;: le mini-minuteur peut donc se retrouver derrière votre travail.

Pour l’épingler vous-même&#xa0;: sous GNOME, cliquez sur le mini-minuteur, appuyez sur Alt+Espace et choisissez «&#xa0;Toujours au premier plan&#xa0;»&#xa0;; sous KDE Plasma, appuyez sur Alt+F3 et choisissez «&#xa0;Plus d’actions&#xa0;», puis «&#xa0;Conserver au-dessus des autres&#xa0;». «&#xa0;Mettre le mini-minuteur au premier plan&#xa0;», dans le menu de l’icône de notification, le ramène devant.

Pour qu’il reste de lui-même au premier plan, là où le bureau dispose de XWayland, choisissez «&#xa0;Via XWayland&#xa0;» dans Paramètres, Apparence, puis redémarrez Supple (sauf si vous avez défini QT_QPA_PLATFORM vous-même&#xa0;: Supple le laisse alors tel quel).</translation>
    </message>
</context>
<context>
    <name>MinutesChart</name>
    <message numerus="yes">
        <source>%1 of the last %n day(s) with stretching</source>
        <translation>
            <numerusform>Jours avec étirements&#xa0;: %1 sur %n</numerusform>
            <numerusform>Jours avec étirements&#xa0;: %1 sur les %n derniers</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes stretched per day</source>
        <translation>Minutes d’étirement par jour</translation>
    </message>
    <message>
        <source>No stretching in these weeks yet</source>
        <translation>Aucun étirement sur ces semaines pour l’instant</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <source>Chimes are off.</source>
        <translation>Les sons sont coupés.</translation>
    </message>
    <message>
        <source>The voice is off.</source>
        <translation>La voix est coupée.</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>%1 (each side)</source>
        <translation>%1 (de chaque côté)</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;Start&lt;/b&gt; to begin.</source>
        <translation>Appuyez sur &lt;b&gt;Enter&lt;/b&gt; ou &lt;b&gt;Démarrer&lt;/b&gt; pour commencer.</translation>
    </message>
</context>
<context>
    <name>PosePanel</name>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
</context>
<context>
    <name>PoseView</name>
    <message>
        <source>Pose illustration</source>
        <translation>Illustration de la posture</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>R&amp;eminders</source>
        <translation>&amp;Rappels</translation>
    </message>
    <message>
        <source>Your settings could not be saved to %1: %2.

They apply until Supple closes.</source>
        <translation>Vos paramètres n’ont pas pu être enregistrés dans %1&#xa0;: %2.

Ils s’appliquent jusqu’à la fermeture de Supple.</translation>
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
        <translation>%1, encore %2</translation>
    </message>
    <message>
        <source>%1, %2 left, %3</source>
        <comment>a phase, the time left, a side: &apos;Hold, 19 seconds left, left leg&apos;</comment>
        <translation>%1, encore %2, %3</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>the stretches done, as a heading</comment>
        <translation>Effectués</translation>
    </message>
    <message>
        <source>Ease out of %1 slowly</source>
        <translation>Relâchez lentement&#xa0;: %1</translation>
    </message>
    <message>
        <source>If pain like this comes back, leave that stretch out and ask a health professional.</source>
        <translation>Si une douleur de ce type revient, laissez cet étirement de côté et consultez un professionnel de santé.</translation>
    </message>
    <message>
        <source>Last stretch</source>
        <translation>Dernier étirement</translation>
    </message>
    <message>
        <source>Next up: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <comment>the other side: &apos;Next: right leg&apos;</comment>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <comment>the next stretch: &apos;Next: cat-cow&apos;</comment>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next: round %1 of %2</source>
        <translation>Ensuite&#xa0;: tour %1 sur %2</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Routine complete. Well done!</source>
        <translation>Routine terminée. Bravo&#xa0;!</translation>
    </message>
    <message>
        <source>Routine stopped</source>
        <translation>Routine arrêtée</translation>
    </message>
    <message>
        <source>Sharp pain reported</source>
        <translation>Douleur vive signalée</translation>
    </message>
    <message>
        <source>Skip or go on?</source>
        <translation>Passer ou continuer&#xa0;?</translation>
    </message>
    <message>
        <source>Skip this stretch, or go on gently?</source>
        <translation>Passer cet étirement, ou continuer en douceur&#xa0;?</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Passés</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Stretch %1 of %2 · %3 left</source>
        <translation>Étirement %1 sur %2 · reste %3</translation>
    </message>
    <message>
        <source>Warm-up · %1 left</source>
        <translation>Échauffement · reste %1</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear history…</source>
        <translation>&amp;Vider l’historique…</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Breaks taken of the reminders shown</source>
        <translation>Pauses prises sur les rappels affichés</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Clear the history?</source>
        <translation>Vider l’historique&#xa0;?</translation>
    </message>
    <message>
        <source>Clear the whole history</source>
        <translation>Vider tout l’historique</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Impossible d’exporter vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Delete every recorded session, including pain reports? This cannot be undone. Export to CSV first if you may want them later.</source>
        <translation>Supprimer toutes les séances enregistrées, y compris les signalements de douleur&#xa0;? Cette action est irréversible. Exportez d’abord en CSV si vous pensez en avoir besoin plus tard.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <source>Export the history to a CSV file</source>
        <translation>Exporter l’historique dans un fichier CSV</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>%n séance exportée vers %1.</numerusform>
            <numerusform>%n séances exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes stretched per day</source>
        <translation>Minutes d’étirement par jour</translation>
    </message>
    <message>
        <source>Most-done routines</source>
        <translation>Routines les plus pratiquées</translation>
    </message>
    <message>
        <source>Most-done stretches</source>
        <translation>Étirements les plus pratiqués</translation>
    </message>
    <message>
        <source>No sessions yet: your progress shows here after your first routine.</source>
        <translation>Aucune séance pour l’instant&#xa0;: votre progression s’affichera ici après votre première routine.</translation>
    </message>
    <message>
        <source>Sharp pain reports</source>
        <translation>Douleurs vives signalées</translation>
    </message>
</context>
<context>
    <name>ReminderPrompt</name>
    <message>
        <source>%1: %2</source>
        <comment>the title, then the routine offered</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message numerus="yes">
        <source>In %n min</source>
        <comment>snooze: remind me in so many minutes</comment>
        <translation>
            <numerusform>Dans %n min</numerusform>
            <numerusform>Dans %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Time for a stretch</source>
        <translation>C’est le moment de vous étirer</translation>
    </message>
    <message numerus="yes">
        <source>You have been at it for %n min. %1 would fit now.</source>
        <translation>
            <numerusform>Vous travaillez depuis %n min. Pourquoi pas %1 maintenant&#xa0;?</numerusform>
            <numerusform>Vous travaillez depuis %n min. Pourquoi pas %1 maintenant&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been at it for %n min. A routine would fit now.</source>
        <translation>
            <numerusform>Vous travaillez depuis %n min. C’est le bon moment pour une routine.</numerusform>
            <numerusform>Vous travaillez depuis %n min. C’est le bon moment pour une routine.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have put it off a few times. How about a short one at your desk: %1?</source>
        <translation>Vous avez déjà reporté plusieurs fois. Que diriez-vous d’une courte routine à votre bureau&#xa0;: %1&#xa0;?</translation>
    </message>
    <message>
        <source>You have put it off a few times. How about a short routine at your desk?</source>
        <translation>Vous avez déjà reporté plusieurs fois. Que diriez-vous d’une courte routine à votre bureau&#xa0;?</translation>
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
        <translation>&amp;Me rappeler de m’étirer</translation>
    </message>
    <message>
        <source>&amp;Snoozes in a row, at most</source>
        <translation>Nombre maximal de re&amp;ports successifs</translation>
    </message>
    <message>
        <source>After w&amp;orking for</source>
        <translation>Après avoir &amp;travaillé</translation>
    </message>
    <message>
        <source>Minutes away that count as a break</source>
        <translation>Minutes d’absence comptées comme une pause</translation>
    </message>
    <message>
        <source>Minutes of work between reminders</source>
        <translation>Minutes de travail entre deux rappels</translation>
    </message>
    <message>
        <source>Only during my working &amp;hours</source>
        <translation>Seulement pendant mes &amp;heures de travail</translation>
    </message>
    <message>
        <source>Snoozes in a row before only a short break is offered</source>
        <translation>Reports successifs avant de ne proposer qu’une pause courte</translation>
    </message>
    <message>
        <source>Start Supple when I log &amp;in (in the tray)</source>
        <translation>&amp;Lancer Supple à l’ouverture de session (dans la zone de notification)</translation>
    </message>
    <message>
        <source>Time &amp;away that counts as a break</source>
        <translation>Temps d’absence &amp;compté comme une pause</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fin des heures de travail</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Début des heures de travail</translation>
    </message>
    <message>
        <source>from</source>
        <comment>working hours: from 9:00</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <comment>working hours: to 17:00</comment>
        <translation>à</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <source>Next reminder in %1 of work</source>
        <comment>%1: &apos;25 min&apos;</comment>
        <translation>Prochain rappel après %1 de travail</translation>
    </message>
    <message>
        <source>Next reminder: soon</source>
        <translation>Prochain rappel&#xa0;: bientôt</translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation>Rappels désactivés</translation>
    </message>
    <message>
        <source>Reminders are paused</source>
        <translation>Rappels suspendus</translation>
    </message>
    <message>
        <source>Time for a stretch</source>
        <translation>C’est le moment de vous étirer</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Supple could not add itself to the programs that start at login: %1.</source>
        <translation>Supple n’a pas pu s’ajouter aux programmes lancés à l’ouverture de session&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Supple could not remove itself from the programs that start at login: %1.</source>
        <translation>Supple n’a pas pu se retirer des programmes lancés à l’ouverture de session&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>%1 (read only)</source>
        <comment>a routine&apos;s name</comment>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>%1 comes with Supple and cannot be deleted. Duplicate it to make your own.</source>
        <translation>La routine «&#xa0;%1&#xa0;» est fournie avec Supple et ne peut pas être supprimée. Dupliquez-la pour créer la vôtre.</translation>
    </message>
    <message>
        <source>%1 was not deleted:
%2</source>
        <comment>a routine&apos;s name, then why</comment>
        <translation>La routine «&#xa0;%1&#xa0;» n’a pas été supprimée&#xa0;:
%2</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Dupliquer…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;New routine…</source>
        <translation>&amp;Nouvelle routine…</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <comment>a routine&apos;s name</comment>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Supprimer la routine</translation>
    </message>
    <message>
        <source>Delete your routine %1?</source>
        <translation>Supprimer votre routine «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <comment>a routine&apos;s name</comment>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nouvelle routine</translation>
    </message>
    <message>
        <source>Save the routine first: Export shares the routine as it is saved.</source>
        <translation>Enregistrez d’abord la routine&#xa0;: l’exportation partage la routine telle qu’elle est enregistrée.</translation>
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
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Zone</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>A&amp;dd stretch</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add %1</source>
        <comment>undo: a stretch&apos;s name</comment>
        <translation>Ajout de %1</translation>
    </message>
    <message>
        <source>Add at least one stretch.</source>
        <translation>Ajoutez au moins un étirement.</translation>
    </message>
    <message>
        <source>Add the chosen stretch at the end (Enter in the list)</source>
        <translation>Ajouter l’étirement choisi à la fin (Enter dans la liste)</translation>
    </message>
    <message>
        <source>Add the routines of a shared file (Ctrl+I)</source>
        <translation>Ajouter les routines d’un fichier partagé (Ctrl+I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Change the area</source>
        <translation>Modification de la zone</translation>
    </message>
    <message>
        <source>Change the description</source>
        <translation>Modification de la description</translation>
    </message>
    <message>
        <source>Change the name</source>
        <translation>Modification du nom</translation>
    </message>
    <message>
        <source>Change the place</source>
        <translation>Modification du lieu</translation>
    </message>
    <message>
        <source>Change the repetitions</source>
        <translation>Modification des répétitions</translation>
    </message>
    <message>
        <source>Change the sides</source>
        <translation>Modification des côtés</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close without saving (Escape)</source>
        <translation>Fermer sans enregistrer (Échap)</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <comment>a routine&apos;s name</comment>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Give the routine a name.</source>
        <translation>Donnez un nom à la routine.</translation>
    </message>
    <message>
        <source>Hold %1 for %2 s</source>
        <comment>undo: a stretch&apos;s name, then seconds</comment>
        <translation>Réglage du maintien de %1 sur %2 s</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move a step</source>
        <translation>Déplacement d’une étape</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source>Move the step earlier (Alt+Up)</source>
        <translation>Placer l’étape plus tôt (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move the step later (Alt+Down)</source>
        <translation>Placer l’étape plus tard (Alt+Bas)</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nouvelle routine</translation>
    </message>
    <message>
        <source>No stretches yet: add one from the list on the right.</source>
        <translation>Aucun étirement pour l’instant&#xa0;: ajoutez-en un depuis la liste de droite.</translation>
    </message>
    <message>
        <source>Not saved:
%1</source>
        <translation>Échec de l’enregistrement&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Échec de l’enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read only: its file has problems. Fix them and open it again.

%1</source>
        <translation>Lecture seule&#xa0;: le fichier de cette routine comporte des problèmes. Corrigez-les, puis rouvrez-la.

%1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refaire</translation>
    </message>
    <message>
        <source>Redo what was undone (Ctrl+Shift+Z)</source>
        <translation>Refaire ce qui a été défait (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <comment>undo: a stretch&apos;s name</comment>
        <translation>Retrait de %1</translation>
    </message>
    <message>
        <source>Remove the step (Delete)</source>
        <translation>Retirer l’étape (Suppr)</translation>
    </message>
    <message>
        <source>Save the routine (Ctrl+S)</source>
        <translation>Enregistrer la routine (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save your changes to %1 before closing?</source>
        <comment>a routine&apos;s name</comment>
        <translation>Enregistrer les modifications de «&#xa0;%1&#xa0;» avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Save your changes to this routine before closing?</source>
        <translation>Enregistrer les modifications de cette routine avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Say in a few words what the routine is for.</source>
        <translation>Indiquez en quelques mots à quoi sert la routine.</translation>
    </message>
    <message>
        <source>Steps, in order</source>
        <translation>Étapes, dans l’ordre</translation>
    </message>
    <message>
        <source>Stretches to add</source>
        <translation>Étirements à ajouter</translation>
    </message>
    <message>
        <source>Total time: %1</source>
        <translation>Durée totale&#xa0;: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Défaire</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Défaire la dernière modification (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Write this routine, as saved, to a file to share (Ctrl+Shift+E)</source>
        <translation>Écrire cette routine, telle qu’elle est enregistrée, dans un fichier à partager (Ctrl+Maj+E)</translation>
    </message>
</context>
<context>
    <name>RoutineList</name>
    <message>
        <source>%1 (yours)</source>
        <comment>a routine of the person&apos;s own, in the list</comment>
        <translation>%1 (la vôtre)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n stretch(es)</source>
        <comment>a routine&apos;s length, its place, its number of stretches</comment>
        <translation>
            <numerusform>%1 · %2 · %n étirement</numerusform>
            <numerusform>%1 · %2 · %n étirements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a routine&apos;s name, then its facts, read by a screen reader</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
</context>
<context>
    <name>Seeing</name>
    <message>
        <source>A reminder waits for a better moment when it sees: %1.</source>
        <translation>Un rappel attend un meilleur moment s’il détecte&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not seen on this computer: %1.</source>
        <translation>Non détecté sur cet ordinateur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Supple notices when you are away through the %1.</source>
        <translation>Pour détecter votre absence, Supple utilise&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This computer does not tell Supple when you are away, so reminders follow plain time: a break away from the keyboard is not noticed.</source>
        <translation>Cet ordinateur ne signale pas vos absences à Supple&#xa0;: les rappels suivent donc simplement l’horloge, et une pause loin du clavier passe inaperçue.</translation>
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
        <translation>Revenir à l’étirement précédent</translation>
    </message>
    <message>
        <source>Do this stretch again with a shorter hold, only to a light stretch</source>
        <translation>Refaire cet étirement avec un maintien plus court, jusqu’à une légère tension seulement</translation>
    </message>
    <message>
        <source>Ease out of the stretch now, then choose to skip it or go on gently</source>
        <translation>Sortir lentement de l’étirement, tout de suite, puis choisir de le passer ou de continuer en douceur</translation>
    </message>
    <message>
        <source>Go back to the start of the previous stretch</source>
        <translation>Revenir au début de l’étirement précédent</translation>
    </message>
    <message>
        <source>Go on gently</source>
        <translation>Continuer en douceur</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Restart this stretch</source>
        <translation>Recommencer cet étirement</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Sharp pain</source>
        <translation>Douleur vive</translation>
    </message>
    <message>
        <source>Skip ahead</source>
        <translation>Passer à la suite</translation>
    </message>
    <message>
        <source>Skip the rest of this part of the stretch</source>
        <translation>Passer le reste de cette partie de l’étirement</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start this stretch again from getting into position</source>
        <translation>Recommencer cet étirement depuis la mise en position</translation>
    </message>
    <message>
        <source>Start, pause or resume the routine</source>
        <translation>Démarrer, mettre en pause ou reprendre la routine</translation>
    </message>
    <message>
        <source>Stop the routine; what you have done so far is kept</source>
        <translation>Arrêter la routine&#xa0;; ce que vous avez déjà fait est conservé</translation>
    </message>
    <message>
        <source>Stop the routine…</source>
        <translation>Arrêter la routine…</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>%1 (%2): %3.</source>
        <comment>a choice&apos;s words, its key, what it does: &apos;Go on gently (Space): a shorter, lighter hold.&apos;</comment>
        <translation>%1 (%2)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Gently this time: only to a light stretch, and ease out if it hurts.</source>
        <translation>En douceur cette fois&#xa0;: jusqu’à une légère tension seulement, et sortez de l’étirement si vous avez mal.</translation>
    </message>
    <message>
        <source>Go on gently</source>
        <translation>Continuer en douceur</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation>flèche gauche</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation>flèche droite</translation>
    </message>
    <message>
        <source>Skip this stretch</source>
        <translation>Passer cet étirement</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>a shorter, lighter hold</source>
        <translation>un maintien plus court et plus léger</translation>
    </message>
    <message>
        <source>on to the next one</source>
        <translation>on passe au suivant</translation>
    </message>
</context>
<context>
    <name>SessionPane</name>
    <message>
        <source>Key: %1</source>
        <translation>Touche&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Chimes and spoken cues are set here.</source>
        <translation>Les sons et les consignes parlées se règlent ici.</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Animée</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Still pictures</source>
        <translation>Images fixes</translation>
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
        <translation> × la normale</translation>
    </message>
    <message>
        <source>&amp;Breath length</source>
        <translation>Durée du s&amp;ouffle</translation>
    </message>
    <message>
        <source>&amp;Get into position for</source>
        <translation>Mise en &amp;position</translation>
    </message>
    <message>
        <source>&amp;Hold each stretch for</source>
        <translation>&amp;Tenir chaque étirement</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>&amp;Warm up before routines that have a warm-up</source>
        <translation>&amp;Faire un échauffement avant les routines qui en prévoient un</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>Appearance and start</source>
        <translation>Apparence et démarrage</translation>
    </message>
    <message>
        <source>Breath pace, as a multiple of the usual breath length</source>
        <translation>Rythme du souffle, en multiple de la durée habituelle d’une respiration</translation>
    </message>
    <message>
        <source>Default hold length in seconds</source>
        <translation>Durée de maintien par défaut, en secondes</translation>
    </message>
    <message>
        <source>Fi&amp;gure</source>
        <translation>&amp;Illustration</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Illustration</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Étirements</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Native &amp;Wayland: sharp at any scale</source>
        <translation>&amp;Wayland natif&#xa0;: net à toute échelle</translation>
    </message>
    <message>
        <source>On a Wayland desktop (Linux)</source>
        <translation>Sur un bureau Wayland (Linux)</translation>
    </message>
    <message>
        <source>S&amp;witch sides in</source>
        <translation>&amp;Changement de côté</translation>
    </message>
    <message>
        <source>Seconds to get into position</source>
        <translation>Secondes pour se mettre en position</translation>
    </message>
    <message>
        <source>Seconds to switch sides</source>
        <translation>Secondes pour changer de côté</translation>
    </message>
    <message>
        <source>Slows (above 1) or quickens (below 1) the breathing pace of cat-cow</source>
        <translation>Ralentit (au-dessus de 1) ou accélère (en dessous de 1) le rythme respiratoire du chat-vache</translation>
    </message>
    <message>
        <source>Sou&amp;nd and voice</source>
        <translation>&amp;Son et voix</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Son et voix</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation>Démarrer réduit dans la zone de &amp;notification</translation>
    </message>
    <message>
        <source>Still pictures show each position without moving between them</source>
        <translation>Les images fixes montrent chaque position, sans mouvement entre elles</translation>
    </message>
    <message>
        <source>Supple speaks the language chosen here from the next time it starts.</source>
        <translation>Supple utilisera la langue choisie ici dès son prochain démarrage.</translation>
    </message>
    <message>
        <source>Supple uses this the next time it starts.</source>
        <translation>Supple en tiendra compte à son prochain démarrage.</translation>
    </message>
    <message>
        <source>T&amp;iming</source>
        <translation>&amp;Durées</translation>
    </message>
    <message>
        <source>Text and pictures may look a little soft when the desktop is scaled by a fraction, such as 125%.</source>
        <translation>Le texte et les images peuvent paraître un peu flous quand le bureau utilise une mise à l’échelle fractionnaire, comme 125&#xa0;%.</translation>
    </message>
    <message>
        <source>The guide asks for 20 to 30 seconds; a routine&apos;s own length wins where it sets one</source>
        <translation>Le guide recommande 20 à 30 secondes&#xa0;; si une routine fixe sa propre durée, c’est celle-ci qui s’applique</translation>
    </message>
    <message>
        <source>The mini timer cannot keep itself above other windows; you can pin it from the desktop&apos;s window menu, or bring it forward from the tray.</source>
        <translation>Le mini-minuteur ne peut pas rester de lui-même au-dessus des autres fenêtres&#xa0;; vous pouvez l’épingler depuis le menu de fenêtre du bureau, ou le ramener au premier plan depuis la zone de notification.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Through XWa&amp;yland: the mini timer stays on top</source>
        <translation>Via XWa&amp;yland&#xa0;: le mini-minuteur reste au premier plan</translation>
    </message>
    <message>
        <source>Warm muscles stretch further and strain less; the guide suggests 5 to 10 minutes</source>
        <translation>Des muscles chauds s’étirent mieux et se froissent moins&#xa0;; le guide conseille 5 à 10 minutes</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Échauffement</translation>
    </message>
    <message>
        <source>Warm-up &amp;length</source>
        <translation>D&amp;urée de l’échauffement</translation>
    </message>
    <message>
        <source>Warm-up length in minutes</source>
        <translation>Durée de l’échauffement en minutes</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>&apos;%1&apos; is built in: everyone has it already</source>
        <translation>«&#xa0;%1&#xa0;» est une routine intégrée&#xa0;: tout le monde l’a déjà</translation>
    </message>
    <message>
        <source>no longer holds &apos;%1&apos;</source>
        <translation>ne contient plus «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SharingActions</name>
    <message>
        <source>%1 comes with Supple: everyone has it already. Duplicate it to share your own.</source>
        <translation>La routine «&#xa0;%1&#xa0;» est fournie avec Supple&#xa0;: tout le monde l’a déjà. Dupliquez-la pour partager la vôtre.</translation>
    </message>
    <message>
        <source>%1 was not exported:

%2</source>
        <comment>a routine&apos;s name, then why</comment>
        <translation>La routine «&#xa0;%1&#xa0;» n’a pas été exportée&#xa0;:

%2</translation>
    </message>
    <message>
        <source>%1 was not imported:

%2</source>
        <comment>a file&apos;s name, then why</comment>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’a pas été importé&#xa0;:

%2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <comment>a file&apos;s name, then why</comment>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’a pas été importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>Exporter une routine</translation>
    </message>
    <message>
        <source>Import routines</source>
        <translation>Importer des routines</translation>
    </message>
    <message>
        <source>Supple routines (%1)</source>
        <comment>a file filter: the pattern stays as it is</comment>
        <translation>Routines Supple (%1)</translation>
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
        <translation>Les sons sont coupés&#xa0;: la prise en charge multimédia de Qt n’a pas pu être chargée (%1).</translation>
    </message>
    <message>
        <source>Chimes are off: a sound file could not be read (%1).</source>
        <translation>Les sons sont coupés&#xa0;: un fichier son n’a pas pu être lu (%1).</translation>
    </message>
    <message>
        <source>Chimes are off: no audio output device was found.</source>
        <translation>Les sons sont coupés&#xa0;: aucun périphérique de sortie audio n’a été trouvé.</translation>
    </message>
    <message>
        <source>Chimes are off: sound files are missing from %1 (%2).</source>
        <translation>Les sons sont coupés&#xa0;: des fichiers son manquent dans %1 (%2).</translation>
    </message>
    <message>
        <source>Chimes are off: the audio device &apos;%1&apos; cannot play 16-bit mono sound.</source>
        <translation>Les sons sont coupés&#xa0;: le périphérique audio «&#xa0;%1&#xa0;» ne peut pas lire de son mono 16 bits.</translation>
    </message>
    <message>
        <source>Chimes are off: the audio device &apos;%1&apos; could not be opened.</source>
        <translation>Les sons sont coupés&#xa0;: le périphérique audio «&#xa0;%1&#xa0;» n’a pas pu être ouvert.</translation>
    </message>
</context>
<context>
    <name>SoundSettingsPanel</name>
    <message>
        <source>&amp;Breath tones and words during a flow</source>
        <translation>&amp;Guider la respiration par des sons et des mots pendant un enchaînement</translation>
    </message>
    <message>
        <source>&amp;Halfway through a hold</source>
        <translation>À la &amp;moitié du maintien</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>Vi&amp;tesse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Speak the cues</source>
        <translation>&amp;Lire les consignes à voix haute</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Essayer</translation>
    </message>
    <message>
        <source>Also play a cue:</source>
        <translation>Jouer aussi un signal&#xa0;:</translation>
    </message>
    <message>
        <source>Chime &amp;volume:</source>
        <translation>Volume des so&amp;ns&#xa0;:</translation>
    </message>
    <message>
        <source>Chime volume</source>
        <translation>Volume des sons</translation>
    </message>
    <message>
        <source>Play &amp;chimes at each change</source>
        <translation>&amp;Jouer un son à chaque changement</translation>
    </message>
    <message>
        <source>Play a chime and speak a sample line with these settings</source>
        <translation>Jouer un son et dire une phrase d’exemple avec ces réglages</translation>
    </message>
    <message>
        <source>Show voices for &amp;all languages</source>
        <translation>Afficher les voix de to&amp;utes les langues</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Débit de la voix</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Voix par défaut du système</translation>
    </message>
    <message>
        <source>The &amp;last few seconds of a hold</source>
        <translation>Pendant les dernières se&amp;condes du maintien</translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation>V&amp;oix&#xa0;:</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Voice vol&amp;ume:</source>
        <translation>Volume de la &amp;voix&#xa0;:</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Volume de la voix</translation>
    </message>
</context>
<context>
    <name>SpeechReasons</name>
    <message>
        <source>On Linux, install speech-dispatcher (sudo apt install speech-dispatcher espeak-ng).</source>
        <translation>Sous Linux, installez speech-dispatcher (sudo apt install speech-dispatcher espeak-ng).</translation>
    </message>
    <message>
        <source>The voice is off: Qt&apos;s text-to-speech support could not be loaded (%1).</source>
        <translation>La voix est coupée&#xa0;: la prise en charge de la synthèse vocale de Qt n’a pas pu être chargée (%1).</translation>
    </message>
    <message>
        <source>The voice is off: no text-to-speech engine is installed.</source>
        <translation>La voix est coupée&#xa0;: aucun moteur de synthèse vocale n’est installé.</translation>
    </message>
    <message>
        <source>The voice is off: the speech engine &apos;%1&apos; could not start (%2).</source>
        <translation>La voix est coupée&#xa0;: le moteur vocal «&#xa0;%1&#xa0;» n’a pas pu démarrer (%2).</translation>
    </message>
    <message>
        <source>The voice is off: the speech engine &apos;%1&apos; is not installed.</source>
        <translation>La voix est coupée&#xa0;: le moteur vocal «&#xa0;%1&#xa0;» n’est pas installé.</translation>
    </message>
    <message>
        <source>it gave no reason</source>
        <translation>sans indiquer de raison</translation>
    </message>
    <message>
        <source>the locale %1 is not installed on this system, so the voice starts under C.UTF-8</source>
        <translation>les paramètres régionaux %1 ne sont pas installés sur ce système, la voix démarre donc avec C.UTF-8</translation>
    </message>
</context>
<context>
    <name>StatusWords</name>
    <message>
        <source>%1, key %2</source>
        <comment>a choice, then its key</comment>
        <translation>%1, touche %2</translation>
    </message>
    <message>
        <source>%1; or %2</source>
        <comment>one choice or another</comment>
        <translation>%1&#xa0;; ou %2</translation>
    </message>
    <message>
        <source>Flow with your breath for %1, %2.</source>
        <translation>Bougez au rythme du souffle pendant %1, %2.</translation>
    </message>
    <message>
        <source>Flow with your breath for %1.</source>
        <translation>Bougez au rythme du souffle pendant %1.</translation>
    </message>
    <message>
        <source>Get into position: %1.</source>
        <translation>Mettez-vous en position&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Going on.</source>
        <translation>La routine reprend.</translation>
    </message>
    <message>
        <source>Hold for %1, %2.</source>
        <comment>a length, then a side: &apos;Hold for 30 seconds, left leg.&apos;</comment>
        <translation>Tenez %1, %2.</translation>
    </message>
    <message>
        <source>Hold for %1.</source>
        <translation>Tenez %1.</translation>
    </message>
    <message>
        <source>Next up: %1.</source>
        <translation>Ensuite&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Paused while the computer was asleep. Press Space to go on.</source>
        <translation>Mis en pause pendant la veille de l’ordinateur. Appuyez sur Espace pour continuer.</translation>
    </message>
    <message>
        <source>Paused. Press Space to go on.</source>
        <translation>En pause. Appuyez sur Espace pour continuer.</translation>
    </message>
    <message>
        <source>Release slowly.</source>
        <translation>Relâchez lentement.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Changez de côté.</translation>
    </message>
    <message>
        <source>Switch sides: %1.</source>
        <translation>Changez de côté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The stretch is stopped. Choose: %1.</source>
        <translation>L’étirement est arrêté. Choisissez&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Warm up: %1, %2.</source>
        <comment>a stretch, then its length: &apos;Warm up: marching, 4:00.&apos;</comment>
        <translation>Échauffement&#xa0;: %1, %2.</translation>
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
        <translation>%1 suit le rythme du souffle&#xa0;; il n’y a pas de maintien à régler.</translation>
    </message>
    <message>
        <source>%1 to %2 s for this stretch; %3 to %4 s is a good hold.</source>
        <translation>De %1 à %2 s pour cet étirement&#xa0;; un bon maintien dure de %3 à %4 s.</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Maintien</translation>
    </message>
    <message>
        <source>&amp;Repetitions</source>
        <translation>Ré&amp;pétitions</translation>
    </message>
    <message>
        <source>Choose a step to change it.</source>
        <translation>Choisissez une étape pour la modifier.</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Maintien</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>S&amp;ides</source>
        <translation>Côté&amp;s</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Côtés</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
</context>
<context>
    <name>StepSides</name>
    <message>
        <source>Left only</source>
        <translation>Gauche seulement</translation>
    </message>
    <message>
        <source>Left, then right</source>
        <translation>Gauche, puis droite</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>Droite seulement</translation>
    </message>
    <message>
        <source>Right, then left</source>
        <translation>Droite, puis gauche</translation>
    </message>
</context>
<context>
    <name>StretchActions</name>
    <message>
        <source>%1 is used by %2, so it was not deleted. Take it out of those routines first.</source>
        <comment>a stretch&apos;s name, then the names of routines</comment>
        <translation>L’étirement «&#xa0;%1&#xa0;» est utilisé dans %2&#xa0;; il n’a donc pas été supprimé. Retirez-le d’abord de ces routines.</translation>
    </message>
    <message>
        <source>%1 was not deleted:
%2</source>
        <comment>a stretch&apos;s name, then why</comment>
        <translation>L’étirement «&#xa0;%1&#xa0;» n’a pas été supprimé&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Change the chosen stretch of yours</source>
        <translation>Modifier votre étirement choisi</translation>
    </message>
    <message>
        <source>Delete stretch</source>
        <translation>Supprimer l’étirement</translation>
    </message>
    <message>
        <source>Delete the chosen stretch of yours</source>
        <translation>Supprimer votre étirement choisi</translation>
    </message>
    <message>
        <source>Delete your stretch %1?</source>
        <translation>Supprimer votre étirement «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Dup&amp;licate stretch…</source>
        <translation>D&amp;upliquer l’étirement…</translation>
    </message>
    <message>
        <source>Edi&amp;t stretch…</source>
        <translation>M&amp;odifier l’étirement…</translation>
    </message>
    <message>
        <source>Make a copy of the chosen stretch to change</source>
        <translation>Faire une copie modifiable de l’étirement choisi</translation>
    </message>
    <message>
        <source>Make a stretch of your own</source>
        <translation>Créer votre propre étirement</translation>
    </message>
    <message>
        <source>New stret&amp;ch…</source>
        <translation>Nou&amp;vel étirement…</translation>
    </message>
</context>
<context>
    <name>StretchChecks</name>
    <message>
        <source>A flow has %1 to %2 breaths, each way %3 to %4 seconds.</source>
        <translation>Un enchaînement compte de %1 à %2 respirations&#xa0;; l’inspiration et l’expiration durent chacune de %3 à %4 secondes.</translation>
    </message>
    <message>
        <source>A flow has between %1 and %2 breaths, not %3.</source>
        <translation>Un enchaînement compte entre %1 et %2 respirations, et non %3.</translation>
    </message>
    <message>
        <source>A stretch has at most %1 cautions, not %2.</source>
        <translation>Un étirement compte au plus %1 précautions, et non %2.</translation>
    </message>
    <message>
        <source>A stretch has at most %1 cues, not %2.</source>
        <translation>Un étirement compte au plus %1 consignes, et non %2.</translation>
    </message>
    <message>
        <source>A stretch has at most %1 setup steps, not %2.</source>
        <translation>Un étirement compte au plus %1 étapes de mise en position, et non %2.</translation>
    </message>
    <message>
        <source>Add at least one caution.</source>
        <translation>Ajoutez au moins une précaution.</translation>
    </message>
    <message>
        <source>Add at least one cue.</source>
        <translation>Ajoutez au moins une consigne.</translation>
    </message>
    <message>
        <source>Add at least one setup step.</source>
        <translation>Ajoutez au moins une étape de mise en position.</translation>
    </message>
    <message numerus="yes">
        <source>An illustration has at most %n picture(s).</source>
        <translation>
            <numerusform>Une illustration compte au plus %n image.</numerusform>
            <numerusform>Une illustration compte au plus %n images.</numerusform>
        </translation>
    </message>
    <message>
        <source>An illustration&apos;s pictures must all be of one figure.</source>
        <translation>Les images d’une illustration doivent toutes montrer la même posture.</translation>
    </message>
    <message>
        <source>Breathing in takes between %1 and %2 seconds, not %3.</source>
        <translation>L’inspiration dure entre %1 et %2 secondes, et non %3.</translation>
    </message>
    <message>
        <source>Breathing out takes between %1 and %2 seconds, not %3.</source>
        <translation>L’expiration dure entre %1 et %2 secondes, et non %3.</translation>
    </message>
    <message>
        <source>Choose an illustration.</source>
        <translation>Choisissez une illustration.</translation>
    </message>
    <message>
        <source>Choose at least one area the stretch is for.</source>
        <translation>Choisissez au moins une zone ciblée par l’étirement.</translation>
    </message>
    <message>
        <source>Give the stretch a name.</source>
        <translation>Donnez un nom à l’étirement.</translation>
    </message>
    <message>
        <source>Say how to breathe during it.</source>
        <translation>Indiquez comment respirer pendant l’étirement.</translation>
    </message>
    <message>
        <source>Say what the stretch should feel like.</source>
        <translation>Indiquez ce que l’étirement doit faire ressentir.</translation>
    </message>
    <message>
        <source>Say why it helps.</source>
        <translation>Indiquez ses bienfaits.</translation>
    </message>
    <message>
        <source>Supple has no picture named “%1”; choose one of its illustrations.</source>
        <translation>Supple n’a pas d’image nommée «&#xa0;%1&#xa0;»&#xa0;; choisissez l’une de ses illustrations.</translation>
    </message>
    <message>
        <source>The activity&apos;s longest time must be between %1 and %2 seconds, not %3.</source>
        <translation>La durée maximale de l’activité doit être comprise entre %1 et %2 secondes, et non %3.</translation>
    </message>
    <message>
        <source>The activity&apos;s shortest time must be between %1 and %2 seconds, not %3.</source>
        <translation>La durée minimale de l’activité doit être comprise entre %1 et %2 secondes, et non %3.</translation>
    </message>
    <message>
        <source>The activity&apos;s usual time must be between %1 and %2 seconds, not %3.</source>
        <translation>La durée habituelle de l’activité doit être comprise entre %1 et %2 secondes, et non %3.</translation>
    </message>
    <message>
        <source>The caution on line %1 is empty.</source>
        <translation>La précaution de la ligne %1 est vide.</translation>
    </message>
    <message>
        <source>The caution on line %1 is longer than %2 characters.</source>
        <translation>La précaution de la ligne %1 dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>The cue on line %1 is empty.</source>
        <translation>La consigne de la ligne %1 est vide.</translation>
    </message>
    <message>
        <source>The cue on line %1 is longer than %2 characters.</source>
        <translation>La consigne de la ligne %1 dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>The hold&apos;s longest time must be between %1 and %2 seconds, not %3.</source>
        <translation>La durée maximale du maintien doit être comprise entre %1 et %2 secondes, et non %3.</translation>
    </message>
    <message>
        <source>The hold&apos;s shortest time must be between %1 and %2 seconds, not %3.</source>
        <translation>La durée minimale du maintien doit être comprise entre %1 et %2 secondes, et non %3.</translation>
    </message>
    <message>
        <source>The hold&apos;s usual time must be between %1 and %2 seconds, not %3.</source>
        <translation>La durée habituelle du maintien doit être comprise entre %1 et %2 secondes, et non %3.</translation>
    </message>
    <message>
        <source>The setup step on line %1 is empty.</source>
        <translation>L’étape de mise en position de la ligne %1 est vide.</translation>
    </message>
    <message>
        <source>The setup step on line %1 is longer than %2 characters.</source>
        <translation>L’étape de mise en position de la ligne %1 dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>The usual time, %1 seconds, must lie between the shortest (%2) and the longest (%3).</source>
        <translation>La durée habituelle, %1 secondes, doit être comprise entre la durée minimale (%2) et la durée maximale (%3).</translation>
    </message>
    <message>
        <source>“%1…” is longer than %2 characters.</source>
        <comment>the start of a text, then a number</comment>
        <translation>«&#xa0;%1…&#xa0;» dépasse %2 caractères.</translation>
    </message>
</context>
<context>
    <name>StretchEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without saving (Escape)</source>
        <translation>Fermer sans enregistrer (Échap)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <comment>a stretch&apos;s name</comment>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>Nouvel étirement</translation>
    </message>
    <message>
        <source>Not saved:
%1</source>
        <translation>Échec de l’enregistrement&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Échec de l’enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refaire</translation>
    </message>
    <message>
        <source>Redo what was undone (Ctrl+Shift+Z)</source>
        <translation>Refaire ce qui a été défait (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Save the stretch (Ctrl+S)</source>
        <translation>Enregistrer l’étirement (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save your changes to %1 before closing?</source>
        <comment>a stretch&apos;s name</comment>
        <translation>Enregistrer les modifications de «&#xa0;%1&#xa0;» avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Save your changes to this stretch before closing?</source>
        <translation>Enregistrer les modifications de cet étirement avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Défaire</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Défaire la dernière modification (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>StretchFields</name>
    <message>
        <source>Activity: timed, like a warm-up</source>
        <translation>Activité&#xa0;: minutée, comme un échauffement</translation>
    </message>
    <message>
        <source>All fours</source>
        <translation>À quatre pattes</translation>
    </message>
    <message>
        <source>Flow: movement with the breath</source>
        <translation>Enchaînement&#xa0;: mouvement au rythme du souffle</translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation>Fessiers</translation>
    </message>
    <message>
        <source>Hips</source>
        <translation>Hanches</translation>
    </message>
    <message>
        <source>Hold: a still, timed stretch</source>
        <translation>Maintien&#xa0;: étirement immobile et minuté</translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation>À genoux</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Bas du dos</translation>
    </message>
    <message>
        <source>Lying on back</source>
        <translation>Allongé sur le dos</translation>
    </message>
    <message>
        <source>Piriformis</source>
        <translation>Piriforme</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Assis</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>Colonne vertébrale</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <source>Thighs</source>
        <translation>Cuisses</translation>
    </message>
    <message>
        <source>Whole body</source>
        <translation>Corps entier</translation>
    </message>
</context>
<context>
    <name>StretchForm</name>
    <message>
        <source> breaths</source>
        <comment>after the number of breaths in a box</comment>
        <translation> respirations</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number of seconds in a box</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <comment>a one-sided stretch&apos;s sides in turn: &apos;Left leg, then right leg&apos;</comment>
        <translation>%1, puis %2</translation>
    </message>
    <message>
        <source>&amp;Breaths</source>
        <translation>Respirati&amp;ons</translation>
    </message>
    <message>
        <source>&amp;Cues while holding</source>
        <translation>&amp;Consignes pendant le maintien</translation>
    </message>
    <message>
        <source>&amp;Feel</source>
        <translation>&amp;Ressenti</translation>
    </message>
    <message>
        <source>&amp;Illustration: the held position</source>
        <translation>I&amp;llustration&#xa0;: la position tenue</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Longest</source>
        <translation>Ma&amp;ximale</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;One side at a time (left, then right)</source>
        <translation>&amp;Un côté à la fois (gauche, puis droite)</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>&amp;Usual</source>
        <translation>&amp;Habituelle</translation>
    </message>
    <message>
        <source>&amp;Why it helps</source>
        <translation>&amp;Bienfaits</translation>
    </message>
    <message>
        <source>Activity, in seconds</source>
        <translation>Activité, en secondes</translation>
    </message>
    <message>
        <source>Add the caution at the end (Enter)</source>
        <translation>Ajouter la précaution à la fin (Enter)</translation>
    </message>
    <message>
        <source>Add the cue at the end (Enter)</source>
        <translation>Ajouter la consigne à la fin (Enter)</translation>
    </message>
    <message>
        <source>Add the setup step at the end (Enter)</source>
        <translation>Ajouter l’étape de mise en position à la fin (Enter)</translation>
    </message>
    <message>
        <source>Areas it is for</source>
        <translation>Zones ciblées</translation>
    </message>
    <message>
        <source>B&amp;reathing</source>
        <translation>Resp&amp;iration</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspiration</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiration</translation>
    </message>
    <message>
        <source>Breathing pace</source>
        <translation>Rythme respiratoire</translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation>Respirations</translation>
    </message>
    <message>
        <source>C&amp;autions</source>
        <translation>Préc&amp;autions</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Précautions</translation>
    </message>
    <message>
        <source>Change one side at a time</source>
        <translation>Modification d’un côté à la fois</translation>
    </message>
    <message>
        <source>Change the areas</source>
        <translation>Modification des zones</translation>
    </message>
    <message>
        <source>Change the breathing</source>
        <translation>Modification de la respiration</translation>
    </message>
    <message>
        <source>Change the breathing pace</source>
        <translation>Modification du rythme respiratoire</translation>
    </message>
    <message>
        <source>Change the cautions</source>
        <translation>Modification des précautions</translation>
    </message>
    <message>
        <source>Change the cues</source>
        <translation>Modification des consignes</translation>
    </message>
    <message>
        <source>Change the feel</source>
        <translation>Modification du ressenti</translation>
    </message>
    <message>
        <source>Change the kind</source>
        <translation>Modification du type</translation>
    </message>
    <message>
        <source>Change the name</source>
        <translation>Modification du nom</translation>
    </message>
    <message>
        <source>Change the position</source>
        <translation>Modification de la position</translation>
    </message>
    <message>
        <source>Change the setup steps</source>
        <translation>Modification des étapes de mise en position</translation>
    </message>
    <message>
        <source>Change the sides</source>
        <translation>Modification des côtés</translation>
    </message>
    <message>
        <source>Change why it helps</source>
        <translation>Modification des bienfaits</translation>
    </message>
    <message>
        <source>Choose the illustration</source>
        <translation>Choix de l’illustration</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Each between %1 and %2 seconds.</source>
        <translation>Chacune entre %1 et %2 secondes.</translation>
    </message>
    <message>
        <source>Each between %1 and %2 seconds; %3 to %4 is a good hold.</source>
        <translation>Chacune entre %1 et %2 secondes&#xa0;; un bon maintien dure de %3 à %4 secondes.</translation>
    </message>
    <message>
        <source>Feel</source>
        <translation>Ressenti</translation>
    </message>
    <message>
        <source>Hold, in seconds</source>
        <translation>Maintien, en secondes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>New caution</source>
        <translation>Nouvelle précaution</translation>
    </message>
    <message>
        <source>New cue</source>
        <translation>Nouvelle consigne</translation>
    </message>
    <message>
        <source>New setup step</source>
        <translation>Nouvelle étape de mise en position</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Remove the chosen caution (Delete)</source>
        <translation>Retirer la précaution choisie (Suppr)</translation>
    </message>
    <message>
        <source>Remove the chosen cue (Delete)</source>
        <translation>Retirer la consigne choisie (Suppr)</translation>
    </message>
    <message>
        <source>Remove the chosen setup step (Delete)</source>
        <translation>Retirer l’étape de mise en position choisie (Suppr)</translation>
    </message>
    <message>
        <source>S&amp;etup steps, in order</source>
        <translation>Étapes de mise en position, &amp;dans l’ordre</translation>
    </message>
    <message>
        <source>S&amp;hortest</source>
        <translation>&amp;Minimale</translation>
    </message>
    <message>
        <source>Set the longest time to %1 s</source>
        <translation>Réglage de la durée maximale sur %1 s</translation>
    </message>
    <message>
        <source>Set the shortest time to %1 s</source>
        <translation>Réglage de la durée minimale sur %1 s</translation>
    </message>
    <message>
        <source>Set the usual time to %1 s</source>
        <translation>Réglage de la durée habituelle sur %1 s</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>Étapes de mise en position</translation>
    </message>
    <message>
        <source>Si&amp;des</source>
        <translation>Côté&amp;s</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Côtés</translation>
    </message>
    <message>
        <source>Type a caution, then Enter</source>
        <translation>Saisissez une précaution, puis appuyez sur Enter</translation>
    </message>
    <message>
        <source>Type a cue, then Enter</source>
        <translation>Saisissez une consigne, puis appuyez sur Enter</translation>
    </message>
    <message>
        <source>Type a setup step, then Enter</source>
        <translation>Saisissez une étape de mise en position, puis appuyez sur Enter</translation>
    </message>
    <message>
        <source>Why it helps</source>
        <translation>Bienfaits</translation>
    </message>
</context>
<context>
    <name>StretchPicker</name>
    <message>
        <source>%1 (yours)</source>
        <comment>a stretch of the person&apos;s own, in the list</comment>
        <translation>%1 (le vôtre)</translation>
    </message>
    <message>
        <source>Find a stretch</source>
        <translation>Rechercher un étirement</translation>
    </message>
    <message>
        <source>Stretches to add</source>
        <translation>Étirements à ajouter</translation>
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
        <translation>Il n’existe aucune routine nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Your routine goes on here. Click the icon to bring the window back.</source>
        <translation>Votre routine continue ici. Cliquez sur l’icône pour faire réapparaître la fenêtre.</translation>
    </message>
</context>
<context>
    <name>TextListEdit</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>F2 edits a line, Alt+Up and Alt+Down move it, Delete removes it</source>
        <translation>F2 modifie une ligne, Alt+Haut et Alt+Bas la déplacent, Suppr la retire</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Hide Supple</source>
        <translation>Masquer Supple</translation>
    </message>
    <message>
        <source>Show Supple</source>
        <translation>Afficher Supple</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>&amp;Bring the mini timer forward</source>
        <translation>&amp;Mettre le mini-minuteur au premier plan</translation>
    </message>
    <message>
        <source>Pause reminders for 1 hour</source>
        <translation>Suspendre les rappels pendant 1 heure</translation>
    </message>
    <message>
        <source>Pause reminders until tomorrow</source>
        <translation>Suspendre les rappels jusqu’à demain</translation>
    </message>
    <message>
        <source>Quit Supple</source>
        <translation>Quitter Supple</translation>
    </message>
    <message numerus="yes">
        <source>Remind me in %n min</source>
        <translation>
            <numerusform>Me le rappeler dans %n min</numerusform>
            <numerusform>Me le rappeler dans %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Reprendre les rappels</translation>
    </message>
    <message>
        <source>Show Supple</source>
        <translation>Afficher Supple</translation>
    </message>
    <message>
        <source>Start a routine</source>
        <translation>Démarrer une routine</translation>
    </message>
</context>
<context>
    <name>Trouble</name>
    <message>
        <source>Chimes and voice stopped responding, so the routine goes on silently.</source>
        <translation>Les sons et la voix ne répondent plus&#xa0;; la routine continue donc en silence.</translation>
    </message>
    <message>
        <source>The chimes stopped playing, so the routine goes on silently.</source>
        <translation>Les sons ne sont plus joués&#xa0;; la routine continue donc en silence.</translation>
    </message>
    <message>
        <source>The chimes stopped playing, so the routine goes on with the voice only.</source>
        <translation>Les sons ne sont plus joués&#xa0;; la routine continue donc avec la voix seule.</translation>
    </message>
    <message>
        <source>The voice stopped responding, so the routine goes on silently.</source>
        <translation>La voix ne répond plus&#xa0;; la routine continue donc en silence.</translation>
    </message>
    <message>
        <source>The voice stopped responding, so the routine goes on with chimes only.</source>
        <translation>La voix ne répond plus&#xa0;; la routine continue donc avec les sons seuls.</translation>
    </message>
</context>
<context>
    <name>UserFiles</name>
    <message>
        <source>&apos;%1&apos; is used by %2; take it out of those routines first</source>
        <comment>%2: routines&apos; names</comment>
        <translation>«&#xa0;%1&#xa0;» est utilisé dans %2&#xa0;; retirez-le d’abord de ces routines</translation>
    </message>
    <message>
        <source>a built-in routine is never changed; save a copy</source>
        <translation>une routine intégrée n’est jamais modifiée&#xa0;; enregistrez-en une copie</translation>
    </message>
    <message>
        <source>a built-in stretch is never changed; duplicate it</source>
        <translation>un étirement intégré n’est jamais modifié&#xa0;; dupliquez-le</translation>
    </message>
    <message>
        <source>a built-in stretch is never deleted</source>
        <translation>un étirement intégré n’est jamais supprimé</translation>
    </message>
    <message>
        <source>holds no routine &apos;%1&apos; to delete</source>
        <translation>ne contient aucune routine «&#xa0;%1&#xa0;» à supprimer</translation>
    </message>
    <message>
        <source>holds no stretch &apos;%1&apos; to delete</source>
        <translation>ne contient aucun étirement «&#xa0;%1&#xa0;» à supprimer</translation>
    </message>
    <message>
        <source>is not a catalogue</source>
        <translation>n’est pas un catalogue</translation>
    </message>
</context>
<context>
    <name>VoiceLanguage</name>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>No %1 voice is installed, so the voice speaks %2.</source>
        <comment>%1 and %2: languages, &apos;German&apos;, &apos;English&apos;</comment>
        <translation>Aucune voix en %1 n’est installée&#xa0;; la voix parle donc en %2.</translation>
    </message>
    <message>
        <source>No %1 voice is installed, so the voice speaks the speech engine&apos;s own language.</source>
        <comment>%1: a language, &apos;German&apos;</comment>
        <translation>Aucune voix en %1 n’est installée&#xa0;; la voix parle donc la langue propre au moteur vocal.</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
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
        <translation>Les sons sont coupés&#xa0;: le système audio ne répond plus ({why}).</translation>
    </message>
    <message>
        <source>The voice is off: the speech engine stopped responding ({why}).</source>
        <translation>La voix est coupée&#xa0;: le moteur vocal ne répond plus ({why}).</translation>
    </message>
</context>
</TS>
