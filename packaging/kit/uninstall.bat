@echo off
rem Remove Referral App (the data folder is kept): double-click this file.
powershell.exe -NoProfile -ExecutionPolicy Bypass -File "%~dp0uninstall.ps1"
set status=%errorlevel%
pause
exit /b %status%
