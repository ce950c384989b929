#!/usr/bin/env python
# coding: nonsense
x = 1
