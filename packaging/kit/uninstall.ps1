# Remove Referral App installed by install.ps1: the program folder, the shortcuts and the
# entry under Settings > Apps. The data folder (directory, casework, settings, trusted keys)
# is kept.
$ErrorActionPreference = 'Stop'
$Prefix = $PSScriptRoot
$VenvPython = Join-Path $Prefix 'venv\Scripts\python.exe'
if (-not (Test-Path -LiteralPath $VenvPython -PathType Leaf)) {
    Write-Host "$Prefix does not hold an installed Referral App; run the uninstall.bat inside the program folder." -ForegroundColor Red
    exit 1
}
$Data = & $VenvPython -P -c 'from referral_app.paths import data_dir; print(data_dir(None))'
foreach ($Folder in [Environment]::GetFolderPath('Programs'), [Environment]::GetFolderPath('Desktop')) {
    $Link = Join-Path $Folder 'Referral App.lnk'
    if (Test-Path -LiteralPath $Link) { Remove-Item -LiteralPath $Link -Force }
}
$Key = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Uninstall\ReferralApp'
if (Test-Path -LiteralPath $Key) { Remove-Item -LiteralPath $Key -Recurse -Force }
Set-Location -LiteralPath (Split-Path -Parent $Prefix)
Remove-Item -LiteralPath $Prefix -Recurse -Force
Write-Host "Referral App is removed. Its data folder $("$Data".Trim()) is kept: delete it yourself only if the casework in it is no longer needed."
