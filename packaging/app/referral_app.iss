; Inno Setup 6 script: one Windows installer for the packaged app (no Python on the laptop).
; First build the folder on a Windows build machine:
;     python packaging\build_app.py --kit KIT --out DIST
; then compile this script from the repository's root:
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DDist=DIST packaging\app\referral_app.iss
; which writes DIST\referral-app-setup.exe. See packaging/app/WINDOWS.md.
#ifndef Dist
  #define Dist "..\..\DIST"
#endif
#ifndef Version
  #define Version "0.1.0"
#endif

[Setup]
; A fixed id: a newer installer replaces the older program in place.
AppId={{6D1E3B52-8F0A-4C27-9E4B-3A5D7C1F2B90}
AppName=Referral App
AppVersion={#Version}
; Per user, no administrator rights: a caseworker's account can install it.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\Referral App
DefaultGroupName=Referral App
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Dist}
OutputBaseFilename=referral-app-setup
Compression=lzma2/max
SolidCompression=yes
UninstallDisplayName=Referral App
UninstallDisplayIcon={app}\Referral App.exe

[Files]
; The whole PyInstaller folder; files no longer in the newer version are removed first.
Source: "{#Dist}\referral-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
; "Referral App.exe" is built without a console; referral-app.exe is the command line.
Name: "{userprograms}\Referral App"; Filename: "{app}\Referral App.exe"; WorkingDir: "{app}"
Name: "{userdesktop}\Referral App"; Filename: "{app}\Referral App.exe"; WorkingDir: "{app}"

[Run]
Filename: "{app}\Referral App.exe"; Description: "Start Referral App"; Flags: nowait postinstall skipifsilent

; The data folder (%LOCALAPPDATA%\referral-app: directory, casework, settings, trusted keys)
; is not the program folder: neither installing a newer version nor uninstalling touches it.
