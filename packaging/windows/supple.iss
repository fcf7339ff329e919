; Inno Setup script: Supple's Windows installer, made from the PyInstaller folder.
; packaging/build.py windows runs it as  iscc /DVersion=X.Y.Z /DBundle=FOLDER /ODIST supple.iss
#ifndef Version
  #error Define Version (/DVersion=0.1.0)
#endif
#ifndef Bundle
  #error Define Bundle, the PyInstaller folder (/DBundle=...\build\pyinstaller\dist\supple)
#endif

[Setup]
; the reverse-DNS id the launcher, metainfo and single-instance socket share (app/paths.py)
AppId=io.github.supple_app.Supple
AppName=Supple
AppVersion={#Version}
AppPublisher=The Supple team
AppPublisherURL=https://supple.invalid/
DefaultDirName={autopf}\Supple
DefaultGroupName=Supple
DisableProgramGroupPage=yes
; a person may install for themselves alone, without an administrator
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
OutputBaseFilename=Supple-{#Version}-windows-setup
UninstallDisplayIcon={app}\supple.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: desktopicon; Description: "Put a Supple icon on the desktop"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\Supple"; Filename: "{app}\supple.exe"
Name: "{autodesktop}\Supple"; Filename: "{app}\supple.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\supple.exe"; Description: "Start Supple now"; Flags: nowait postinstall skipifsilent
