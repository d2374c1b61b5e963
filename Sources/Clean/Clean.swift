// Clean
