// Placeholder entry point until the emulator lands.
return 0;
