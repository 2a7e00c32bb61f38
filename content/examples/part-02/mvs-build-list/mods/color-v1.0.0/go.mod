module example.com/color
