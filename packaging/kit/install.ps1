# Install Referral App from this kit on a Windows laptop with no network.
#   Double-click install.bat, or: powershell -ExecutionPolicy Bypass -File install.ps1 [-Prefix DIR]
# Needs 64-bit Python 3.11, 3.12 or 3.13 (python.org installer). No administrator rights needed.
# The program goes in %LOCALAPPDATA%\Programs\Referral App, with a Start menu and a desktop
# shortcut that start the window without a console. The data folder (directory, casework,
# settings, trusted keys) is never touched: a newer kit installed over an older one keeps it,
# and the app brings it up to date on its first start.
param([string]$Prefix = (Join-Path $env:LOCALAPPDATA 'Programs\Referral App'))
$ErrorActionPreference = 'Stop'
$Kit = $PSScriptRoot

function Fail([string]$Sentence) {
    Write-Host $Sentence -ForegroundColor Red
    exit 1
}

# 1. The kit is whole: every file has the sha256 written in SHA256SUMS.
$Damaged = 'This kit is damaged (a file is missing or changed), so nothing was installed: copy the kit again from the machine that made it.'
$Sums = Join-Path $Kit 'SHA256SUMS'
if (-not (Test-Path -LiteralPath $Sums -PathType Leaf)) { Fail $Damaged }
foreach ($Line in Get-Content -LiteralPath $Sums) {
    if ($Line -notmatch '^([0-9a-f]{64})  (.+)$') { Fail $Damaged }
    $Expected = $Matches[1]
    $File = Join-Path $Kit ($Matches[2] -replace '/', '\')
    if (-not (Test-Path -LiteralPath $File -PathType Leaf)) { Fail $Damaged }
    $Actual = (Get-FileHash -Algorithm SHA256 -LiteralPath $File).Hash.ToLowerInvariant()
    if ($Actual -ne $Expected) { Fail $Damaged }
}

# 2. The laptop's Python: 64-bit, 3.11 to 3.13 (the py launcher first, then python on PATH).
$Candidates = @()
if ($env:REFERRAL_APP_PYTHON) { $Candidates += ,@($env:REFERRAL_APP_PYTHON) }
foreach ($Version in '3.13', '3.12', '3.11') { $Candidates += ,@('py', "-$Version") }
$Candidates += ,@('python')
$Python = $null
$Check = 'import sys; ok = (3, 11) <= sys.version_info[:2] <= (3, 13) and sys.maxsize > 2**32; print(sys.executable if ok else "")'
foreach ($Candidate in $Candidates) {
    $Command = $Candidate[0]
    $PyArguments = @($Candidate | Select-Object -Skip 1)
    if (-not (Get-Command $Command -ErrorAction SilentlyContinue)) { continue }
    try { $Found = & $Command @PyArguments -c $Check 2>$null } catch { continue }
    if ($LASTEXITCODE -eq 0 -and $Found) { $Python = "$Found".Trim(); break }
}
if (-not $Python) {
    Fail 'Referral App needs 64-bit Python 3.11, 3.12 or 3.13 and none was found; install one (tick "Add python.exe to PATH"), then run install.bat again.'
}

# 3. A fresh virtual environment in the program folder; the older one is kept aside until the
#    new one works, and put back if it does not.
if ((Test-Path -LiteralPath $Prefix) -and (Get-ChildItem -LiteralPath $Prefix -Force | Select-Object -First 1) -and -not (Test-Path -LiteralPath (Join-Path $Prefix 'venv'))) {
    Fail "$Prefix holds something other than Referral App (is it the data folder?), so nothing was installed; choose another folder with -Prefix DIR."
}
$Old = "$Prefix.old"
New-Item -ItemType Directory -Force -Path (Split-Path -Parent $Prefix) | Out-Null
if (Test-Path -LiteralPath $Old) { Remove-Item -LiteralPath $Old -Recurse -Force }
if (Test-Path -LiteralPath $Prefix) {
    try { Move-Item -LiteralPath $Prefix -Destination $Old }
    catch { Fail 'Cannot move the older installation aside; close Referral App, then run install.bat again.' }
}
function Restore-Older([string]$Sentence) {
    if (Test-Path -LiteralPath $Prefix) { Remove-Item -LiteralPath $Prefix -Recurse -Force }
    if (Test-Path -LiteralPath $Old) { Move-Item -LiteralPath $Old -Destination $Prefix }
    Fail $Sentence
}
$Failed = 'Installing from the kit failed, so the earlier installation (if any) was kept; pip''s messages are above.'
& $Python -m venv (Join-Path $Prefix 'venv')
if ($LASTEXITCODE -ne 0) { Restore-Older "Could not make a virtual environment in $Prefix; nothing was changed." }
$VenvPython = Join-Path $Prefix 'venv\Scripts\python.exe'
$VenvPythonw = Join-Path $Prefix 'venv\Scripts\pythonw.exe'
$Wheels = Join-Path $Kit 'windows'
# No pip settings of the laptop play a part (PIP_CONFIG_FILE, --isolated), and nothing is
# downloaded (--no-index): every wheel comes from the kit, checked against its sha256.
$env:PIP_CONFIG_FILE = 'nul'
& $VenvPython -m pip --isolated install --quiet --no-index --find-links $Wheels --require-hashes -r (Join-Path $Kit 'requirements.txt')
if ($LASTEXITCODE -ne 0) { Restore-Older $Failed }
$AppWheel = (Get-ChildItem -LiteralPath $Wheels -Filter 'referral_app-*.whl' | Select-Object -First 1).FullName
& $VenvPython -m pip --isolated install --quiet --no-index --no-deps $AppWheel
if ($LASTEXITCODE -ne 0) { Restore-Older $Failed }
& $VenvPython -m pip --isolated check
if ($LASTEXITCODE -ne 0) { Restore-Older $Failed }
& $VenvPython -P -m referral_app --help | Out-Null
if ($LASTEXITCODE -ne 0) { Restore-Older $Failed }
if (Test-Path -LiteralPath $Old) { Remove-Item -LiteralPath $Old -Recurse -Force }

# 4. Start menu and desktop shortcuts: pythonw.exe starts the window without a console.
$Shell = New-Object -ComObject WScript.Shell
foreach ($Folder in [Environment]::GetFolderPath('Programs'), [Environment]::GetFolderPath('Desktop')) {
    $Link = $Shell.CreateShortcut((Join-Path $Folder 'Referral App.lnk'))
    $Link.TargetPath = $VenvPythonw
    $Link.Arguments = '-P -m referral_app'
    $Link.WorkingDirectory = $Prefix
    $Link.Description = 'Directory of support services and referrals, offline'
    $Link.Save()
}

# 5. The uninstall script, also listed under Settings > Apps.
Copy-Item -LiteralPath (Join-Path $Kit 'uninstall.ps1'), (Join-Path $Kit 'uninstall.bat') -Destination $Prefix
$Version = & $VenvPython -P -c 'from importlib.metadata import version; print(version("referral-app"))'
$Key = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Uninstall\ReferralApp'
New-Item -Path $Key -Force | Out-Null
Set-ItemProperty -Path $Key -Name DisplayName -Value 'Referral App'
Set-ItemProperty -Path $Key -Name DisplayVersion -Value "$Version".Trim()
Set-ItemProperty -Path $Key -Name InstallLocation -Value $Prefix
Set-ItemProperty -Path $Key -Name UninstallString -Value "powershell.exe -NoProfile -ExecutionPolicy Bypass -File `"$Prefix\uninstall.ps1`""
Set-ItemProperty -Path $Key -Name NoModify -Value 1 -Type DWord
Set-ItemProperty -Path $Key -Name NoRepair -Value 1 -Type DWord

Write-Host "Referral App $("$Version".Trim()) is installed in $Prefix`: start it from the Start menu or the desktop. To remove it: $Prefix\uninstall.bat (the data folder is kept)."
