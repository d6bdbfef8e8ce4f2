; Inno Setup script of the SkillAssess installer for Windows (Inno Setup 6.3 or newer).
;
; NOT RUN ON THIS PROJECT'S MACHINES (they run Linux): written from the Inno Setup documentation and built
; by .github/workflows/windows.yml on a Windows runner. See packaging/README.md.
;
; One source for name, id and version: the workflow passes them from skillassess/__init__.py,
;   iscc /DAppName=SkillAssess /DAppId=org.skillassess.SkillAssess /DAppVersion=0.1.0 packaging\windows\skillassess.iss
; and the files come from the frozen application, dist\SkillAssess\ (make package / PyInstaller).
;
; What it does:
; - installs for the current user, without administrator rights (PrivilegesRequired=lowest): into
;   %LOCALAPPDATA%\Programs\SkillAssess, with a Start-menu shortcut (and a desktop one if asked);
; - shows the licence (GPL-3.0-or-later) before installing;
; - registers an uninstaller (Settings > Apps) that removes only the files it installed: the user's data
;   folder, %LOCALAPPDATA%\SkillAssess\SkillAssess (database, signing keys, evidence, backups, logs),
;   is a different folder and is never touched; the last page of the uninstaller says where it is.

#ifndef AppName
  #define AppName "SkillAssess"
#endif
#ifndef AppId
  #error Pass /DAppId=... (skillassess.APP_ID), as .github/workflows/windows.yml does.
#endif
#ifndef AppVersion
  #error Pass /DAppVersion=... (skillassess.__version__), as .github/workflows/windows.yml does.
#endif
#define AppExe "SkillAssess.exe"
#define SourceDir "..\..\dist\SkillAssess"

[Setup]
; AppId keys the uninstall entry in the registry: it must never change between versions.
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=SkillAssess developers
VersionInfoVersion={#AppVersion}
; Per user, no administrator password: {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
LicenseFile=..\..\LICENSE
SetupIconFile=skillassess.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; A running SkillAssess is asked to close before its files are replaced.
CloseApplications=yes
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup

[Languages]
; Inno Setup ships no Arabic translation of its own wizard: Arabic-speaking users see it in English.
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
english.DataKept=Your SkillAssess data (database, signing keys, backups) was kept in %1. Delete that folder yourself only if you no longer need it.
french.DataKept=Vos données SkillAssess (base de données, clés de signature, sauvegardes) sont conservées dans %1. Supprimez ce dossier vous-même seulement si vous n'en avez plus besoin.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole frozen folder; the uninstaller removes exactly these files (and nothing the program wrote elsewhere).
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Competency assessments, RPL and certificates"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// After uninstalling: say that the data folder is still there (platformdirs' user data folder,
// skillassess/db/paths.py). Nothing in this script deletes it.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\SkillAssess\SkillAssess');
    if DirExists(DataDir) and not UninstallSilent then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
