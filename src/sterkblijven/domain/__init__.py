"""The pure-Python core: exercises, equipment, routines and the rules that govern them."""
